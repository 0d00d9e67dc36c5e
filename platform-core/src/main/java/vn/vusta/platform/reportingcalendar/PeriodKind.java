package vn.vusta.platform.reportingcalendar;

import vn.vusta.platform.calendar.VietnamTime;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

/**
 * The kinds of reporting period (kỳ báo cáo): quarters are their three months; the half-year (6 tháng), 9 and 10
 * months and the year count from 1 January, as the unions' reports do. The second half-year (H2) is no period of the
 * national calendar: lists of activities filter by it beside the others.
 */
public enum PeriodKind {
    Q1(1, 3), Q2(4, 6), Q3(7, 9), Q4(10, 12), H1(1, 6), M9(1, 9), M10(1, 10), YEAR(1, 12), H2(7, 12);

    /** The order the filters of the activity lists offer the periods in. */
    private static final List<PeriodKind> IN_FILTERS = List.of(YEAR, H1, H2, Q1, Q2, Q3, Q4, M9, M10);

    /** The kinds the national calendar holds (the database's CHECK on reporting_period.kind), in their order. */
    private static final List<PeriodKind> ON_CALENDAR = Arrays.stream(values()).filter(k -> k != H2).toList();

    private final int firstMonth;
    private final int lastMonth;

    PeriodKind(int firstMonth, int lastMonth) {
        this.firstMonth = firstMonth;
        this.lastMonth = lastMonth;
    }

    /** How Vietnamese reports name the period of a year: "6 tháng đầu năm 2021", "quý III năm 2021", "năm 2021". */
    public String vietnameseName(int year) {
        return switch (this) {
            case Q1 -> "quý I năm " + year;
            case Q2 -> "quý II năm " + year;
            case Q3 -> "quý III năm " + year;
            case Q4 -> "quý IV năm " + year;
            case H1 -> "6 tháng đầu năm " + year;
            case H2 -> "6 tháng cuối năm " + year;
            case M9 -> "9 tháng đầu năm " + year;
            case M10 -> "10 tháng đầu năm " + year;
            case YEAR -> "năm " + year;
        };
    }

    public LocalDate startsOn(int year) {
        return LocalDate.of(year, firstMonth, 1);
    }

    public LocalDate endsOn(int year) {
        return YearMonth.of(year, lastMonth).atEndOfMonth();
    }

    /** Whether the national calendar can hold a period of this kind. */
    public boolean onCalendar() {
        return this != H2;
    }

    /** The kinds the national calendar holds. */
    public static List<PeriodKind> calendarKinds() {
        return ON_CALENDAR;
    }

    /** The kinds a list of activities filters by, in the order it offers them. */
    public static List<PeriodKind> filterKinds() {
        return IN_FILTERS;
    }

    /** The years a filter offers: the next one back to ten years ago, newest first. */
    public static int[] yearsOffered() {
        int thisYear = thisYear();
        int[] years = new int[12];
        for (int i = 0; i < years.length; i++) {
            years[i] = thisYear + 1 - i;
        }
        return years;
    }

    /** The year a filter shows when none is asked for: this year in Vietnam. */
    public static int thisYear() {
        return VietnamTime.today().getYear();
    }
}
