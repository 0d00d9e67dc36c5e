package vn.vusta.platform.todo;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One thing to do, with what a page needs to say it and link to where it is done.
 *
 * @param subject  what it is about: a period's name, a report's title, a task's subject, a file's name, a union's name
 * @param date     its deadline, or when it arrived (a returned report, an import, a report sent)
 * @param daysLeft days from today to the deadline, negative when past; 0 for an arrival
 * @param note     the reviewer's comment of a returned report, the period of a report arrived; or null
 * @param recordId the report, task or import it concerns, or null (a report not started yet)
 * @param tenantId the union of a report arrived at the national union, or null
 * @param periodId the reporting period of a report due or of unions late, or null
 * @param count    how many unions are late, or mails not sent; 0 otherwise
 */
public record ToDo(Kind kind, String subject, LocalDate date, long daysLeft, String note, UUID recordId, UUID tenantId,
                   UUID periodId, int year, int count) {

    public enum Kind {
        REPORT_DUE, REPORT_RETURNED, TASK_DUE, IMPORT_WAITING, REPORT_ARRIVED, UNIONS_LATE, MAILS_FAILED,
        /** A data subject's request near or past its last day; subject is the request's kind. */
        DATA_REQUEST_DUE,
        /** A personal-data breach the authority has not been told of: subject its detection, note its deadline. */
        BREACH_NOT_NOTIFIED;

        /** The union's administrators' alone: the controller's duties under the personal data law. */
        public boolean administrators() {
            return this == DATA_REQUEST_DUE || this == BREACH_NOT_NOTIFIED;
        }
    }

    public boolean overdue() {
        return daysLeft < 0;
    }
}
