package vn.vusta.platform.dashboards;

import java.time.LocalDate;

/** A period of the national calendar (Q1, H1, Q3, M10, YEAR, …) with its last day and deadline. */
public record ReportingPeriod(String kind, LocalDate endsOn, LocalDate deadline) {
}
