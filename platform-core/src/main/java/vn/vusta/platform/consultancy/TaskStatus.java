package vn.vusta.platform.consultancy;

/** Where a task stands: assigned → in progress → report submitted → accepted, or cancelled before it was accepted. */
public enum TaskStatus {
    /** Được giao. */
    ASSIGNED,
    /** Đang thực hiện. */
    IN_PROGRESS,
    /** Đã nộp báo cáo kết quả, chờ nghiệm thu. */
    REPORT_SUBMITTED,
    /** Đã được nghiệm thu. */
    ACCEPTED,
    /** Đã hủy. */
    CANCELLED;

    /** Accepted and cancelled tasks change no more. */
    public boolean isFinal() {
        return this == ACCEPTED || this == CANCELLED;
    }
}
