package vn.vusta.platform.dashboards;

import vn.vusta.platform.reports.ReportStatus;

import java.util.EnumMap;
import java.util.Map;

/**
 * The headline figures of a dashboard for a year.
 *
 * @param censusMembers      individual members as the units report them (hội viên): each active unit's latest census
 *                           by the dashboard's day, summed
 * @param registryMembers    active members recorded in the registry today
 * @param memberAssociations active member associations (hội thành viên) today
 * @param units              active units of every kind today
 * @param events             events that began in the year
 * @param participants       their attendances (lượt người), where counted
 * @param tasksAssigned      consultancy tasks of the year's plan assigned by the dashboard's day
 * @param tasksDone          of those, accepted by then
 * @param reports            the year's reports (one per period reported on)
 * @param reportsByStatus    the year's reports by workflow status, every status present
 */
public record KeyFigures(long censusMembers, long registryMembers, int memberAssociations, int units, int events,
                         long participants, int tasksAssigned, int tasksDone, int reports,
                         Map<ReportStatus, Integer> reportsByStatus) {

    /** The year's reports the national union accepted. */
    public int acceptedReports() {
        return reportsByStatus.get(ReportStatus.ACCEPTED);
    }

    static Map<ReportStatus, Integer> noReports() {
        var none = new EnumMap<ReportStatus, Integer>(ReportStatus.class);
        for (ReportStatus status : ReportStatus.values()) {
            none.put(status, 0);
        }
        return none;
    }

    KeyFigures plus(KeyFigures other) {
        var statuses = new EnumMap<ReportStatus, Integer>(ReportStatus.class);
        reportsByStatus.forEach((status, count) -> statuses.put(status, count + other.reportsByStatus.get(status)));
        return new KeyFigures(censusMembers + other.censusMembers, registryMembers + other.registryMembers,
                memberAssociations + other.memberAssociations, units + other.units, events + other.events,
                participants + other.participants, tasksAssigned + other.tasksAssigned, tasksDone + other.tasksDone,
                reports + other.reports, statuses);
    }
}
