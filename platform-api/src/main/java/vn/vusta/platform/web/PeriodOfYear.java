package vn.vusta.platform.web;

import java.time.LocalDate;
import java.time.YearMonth;
import vn.vusta.platform.calendar.VietnamTime;

/**
 * The periods of a year the unions report on (kỳ báo cáo): the quarters and halves, and the cumulative periods from
 * 1 January (9 tháng, 10 tháng, cả năm) that reports and the national union collect. A list of activities filters by
 * one of them in a year.
 */
public enum PeriodOfYear {
    YEAR(1, 12), H1(1, 6), H2(7, 12), Q1(1, 3), Q2(4, 6), Q3(7, 9), Q4(10, 12), M9(1, 9), M10(1, 10);


    private final int firstMonth;
    private final int lastMonth;

    PeriodOfYear(int firstMonth, int lastMonth) {
        this.firstMonth = firstMonth;
        this.lastMonth = lastMonth;
    }

    public LocalDate from(int year) {
        return LocalDate.of(year, firstMonth, 1);
    }

    public LocalDate to(int year) {
        return YearMonth.of(year, lastMonth).atEndOfMonth();
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

    public static int thisYear() {
        return VietnamTime.today().getYear();
    }
}
