package vn.vusta.platform.reports;

import vn.vusta.platform.reportingcalendar.ReportingPeriod;

import java.util.UUID;

/** A period of the calendar with the union's report for it: {@code reportId} and {@code status} null if none yet. */
public record PeriodReport(ReportingPeriod period, UUID reportId, String title, ReportStatus status) {
}
