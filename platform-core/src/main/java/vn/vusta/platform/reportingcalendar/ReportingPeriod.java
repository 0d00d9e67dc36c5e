package vn.vusta.platform.reportingcalendar;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A period every provincial union reports on, with its deadline.
 *
 * @param reports how many reports (of every tenant) were written for it: a period in use cannot be removed
 */
public record ReportingPeriod(UUID id, int year, PeriodKind kind, LocalDate startsOn, LocalDate endsOn,
                              LocalDate deadline, int reports) {
}
