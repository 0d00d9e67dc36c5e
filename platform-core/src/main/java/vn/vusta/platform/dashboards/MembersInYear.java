package vn.vusta.platform.dashboards;

import java.time.LocalDate;

/** Individual members at the end of a year (or on the dashboard's day, for the year under way), as the units report them. */
public record MembersInYear(int year, LocalDate asOf, long members) {
}
