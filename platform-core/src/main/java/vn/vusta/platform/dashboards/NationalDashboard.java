package vn.vusta.platform.dashboards;

import vn.vusta.platform.reportingcalendar.ReportingPeriod;

import java.time.LocalDate;
import java.util.List;

/**
 * The national union's dashboard for a year: the figures of every active provincial union summed, and each
 * union's own row with its reports for the year's periods.
 *
 * @param provinces one row per active union, by province code
 */
public record NationalDashboard(int year, LocalDate asOf, KeyFigures figures, List<MembersInYear> members,
                                List<EventsOfKind> events, List<PlanMonth> plan, List<ReportingPeriod> periods,
                                List<ProvinceRow> provinces) {

    /** One provincial union's figures and its reports for each period of the year. */
    public record ProvinceRow(String tenantCode, String provinceCode, String name, KeyFigures figures,
                              List<PeriodStatus> periods) {
    }
}
