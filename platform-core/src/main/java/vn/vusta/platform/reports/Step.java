package vn.vusta.platform.reports;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A step of a report's history: who moved it, when, with what comment and (an approval) the meeting's date. */
public record Step(ReportStatus from, ReportStatus to, String actor, OffsetDateTime occurredAt, String comment,
                   LocalDate meetingDate, String minutes, boolean byChair) {

    /** The union took its sent report back before the national union opened it. */
    public boolean isRecall() {
        return from == ReportStatus.SENT && to == ReportStatus.APPROVED;
    }
}
