package vn.vusta.platform.audit;

/**
 * A write of national data (the reporting calendar, the clusters of provinces) was recorded in the national audit
 * log. Published inside the write's transaction, like {@link AuditRecorded}.
 */
public record NationalAuditRecorded(String action, String objectType) {
}
