package vn.vusta.platform.nationalreview;

/** Where a province's report for a period stands: not started, or the step of its workflow (ReportStatus). */
public enum ReportProgress {
    NOT_STARTED, DRAFT, SUBMITTED, APPROVED, SENT, ACCEPTED, RETURNED
}
