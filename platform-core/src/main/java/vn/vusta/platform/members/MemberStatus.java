package vn.vusta.platform.members;

public enum MemberStatus {
    /** Đang sinh hoạt. */
    ACTIVE,
    /** Ngừng sinh hoạt. */
    INACTIVE,
    /** Đã mất. */
    DECEASED,
    /** Erased at the person's request (Law 91/2025/QH15, Art. 14): counted, but nothing identifies them. */
    ERASED
}
