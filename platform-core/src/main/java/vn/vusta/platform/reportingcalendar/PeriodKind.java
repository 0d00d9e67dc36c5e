package vn.vusta.platform.reportingcalendar;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The kinds of reporting period (kỳ báo cáo): quarters are their three months; the half-year (6 tháng), 9 and 10
 * months and the year count from 1 January, as the unions' reports do.
 */
public enum PeriodKind {
    Q1(1, 3), Q2(4, 6), Q3(7, 9), Q4(10, 12), H1(1, 6), M9(1, 9), M10(1, 10), YEAR(1, 12);

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
}
