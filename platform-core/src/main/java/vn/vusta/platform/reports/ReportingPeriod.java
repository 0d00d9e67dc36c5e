package vn.vusta.platform.reports;

import vn.vusta.platform.reportingcalendar.PeriodKind;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A period of the national union's reporting calendar (kỳ báo cáo): Q1, Q2, Q3, Q4, H1 (6 tháng), M9, M10, YEAR,
 * counted from 1 January but for the quarters, with its deadline.
 */
public record ReportingPeriod(UUID id, int year, String kind, LocalDate startsOn, LocalDate endsOn, LocalDate deadline) {

    /** How Vietnamese reports name the period: "6 tháng đầu năm 2021", "quý III năm 2021", "năm 2021". */
    public String vietnameseName() {
        return PeriodKind.valueOf(kind).vietnameseName(year);
    }

    /** The title a new report of the period starts with. */
    public String defaultTitle() {
        return "Báo cáo kết quả hoạt động " + vietnameseName();
    }
}
