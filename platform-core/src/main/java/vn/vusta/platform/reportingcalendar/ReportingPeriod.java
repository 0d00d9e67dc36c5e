package vn.vusta.platform.reportingcalendar;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A period every provincial union reports on (kỳ báo cáo), with its deadline — the one record of a period for the
 * calendar, the reports, the national review and the dashboards.
 *
 * @param reports how many reports (of every tenant) were written for it, which the calendar counts (a period in use
 *                cannot be removed); null, and left out of the JSON, where the period is only named
 */
public record ReportingPeriod(UUID id, int year, PeriodKind kind, LocalDate startsOn, LocalDate endsOn,
                              LocalDate deadline, @JsonInclude(JsonInclude.Include.NON_NULL) Integer reports) {

    /** How Vietnamese reports name the period: "6 tháng đầu năm 2021", "quý III năm 2021", "năm 2021". */
    public String vietnameseName() {
        return kind.vietnameseName(year);
    }

    /** The title a new report of the period starts with. */
    public String defaultTitle() {
        return "Báo cáo kết quả hoạt động " + vietnameseName();
    }
}
