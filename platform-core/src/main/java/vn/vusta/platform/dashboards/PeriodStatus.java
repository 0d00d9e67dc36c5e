package vn.vusta.platform.dashboards;

import vn.vusta.platform.reportingcalendar.PeriodKind;
import vn.vusta.platform.reports.ReportStatus;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Where a union's report for one period of the year stands.
 *
 * @param status null while the union has not begun the report
 * @param sentAt when it was sent to the national union, or null
 * @param late   not sent by the deadline: sent after it, or not sent and the deadline has passed
 */
public record PeriodStatus(PeriodKind period, LocalDate deadline, ReportStatus status, OffsetDateTime sentAt,
                           boolean late) {
}
