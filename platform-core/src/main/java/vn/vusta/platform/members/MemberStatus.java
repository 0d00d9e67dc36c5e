package vn.vusta.platform.members;

public enum MemberStatus {
    /** Đang sinh hoạt. */
    ACTIVE,
    /** Ngừng sinh hoạt. */
    INACTIVE,
    /** Đã mất. */
    DECEASED,
    /** Erased at the person's request (Decree 13/2023/NĐ-CP): counted, but nothing identifies them. */
    ERASED
}
