package vn.vusta.platform.reports;

/**
 * The steps of a report's workflow: drafted by the secretariat, submitted to the Standing Committee (Ban Thường vụ),
 * approved at its meeting, sent to the national union, then accepted, or returned for revision with a comment.
 */
public enum ReportStatus {
    DRAFT, SUBMITTED, APPROVED, SENT, ACCEPTED, RETURNED
}
