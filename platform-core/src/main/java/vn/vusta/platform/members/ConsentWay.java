package vn.vusta.platform.members;

/** How a consent or its withdrawal was expressed; the law accepts any form that can be shown later. */
public enum ConsentWay {
    /** Văn bản: a signed form or letter. */
    WRITTEN,
    /** Phương tiện điện tử: an e-mail, a form online, a message. */
    ELECTRONIC,
    /** Lời nói được ghi lại: said and recorded. */
    VOICE,
    /** Ghi trên hồ sơ hội viên: the date entered on the member's record, before consents were records of their own. */
    MEMBER_RECORD
}
