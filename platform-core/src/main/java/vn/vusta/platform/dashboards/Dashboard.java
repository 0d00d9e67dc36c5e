package vn.vusta.platform.dashboards;

import java.time.LocalDate;
import java.util.List;

/**
 * A provincial union's dashboard (tổng quan) for a year, as it stood on {@code asOf}: the year's last day, or today
 * for the year under way.
 *
 * @param members  the last ten years, oldest first
 * @param events   the kinds of event held in the year, month by month
 * @param plan     the consultancy plan against done, month by month up to {@code asOf}
 * @param periods  the year's reporting periods, in the calendar's order, with the union's report for each
 */
public record Dashboard(int year, LocalDate asOf, String tenantCode, String tenantName, KeyFigures figures,
                        List<MembersInYear> members, List<EventsOfKind> events, List<PlanMonth> plan,
                        List<PeriodStatus> periods) {
}
