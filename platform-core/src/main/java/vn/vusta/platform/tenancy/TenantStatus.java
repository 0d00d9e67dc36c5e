package vn.vusta.platform.tenancy;

public enum TenantStatus {
    ACTIVE,
    /** Its users are refused; its data is kept and the national union still sees it. */
    SUSPENDED,
    /** Merged into another tenant in the 2025 reorganisation: read-only, kept for history. */
    MERGED
}
