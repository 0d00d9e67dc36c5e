package vn.vusta.platform.dashboards;

import vn.vusta.platform.calendar.VietnamTime;
import vn.vusta.platform.events.EventKind;
import vn.vusta.platform.reportingcalendar.PeriodKind;
import vn.vusta.platform.reportingcalendar.ReportingPeriod;
import vn.vusta.platform.reports.ReportStatus;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One union's figures for a year as the queries gather them, or several unions' summed. */
final class TenantFigures {

    record Report(ReportStatus status, OffsetDateTime sentAt) {
    }

    /** Members by the end of each of the ten years, oldest first. */
    final long[] census = new long[DashboardFigures.YEARS];
    long registryMembers;
    int memberAssociations;
    int units;
    final int[][] events = new int[EventKind.values().length][12];
    long participants;
    /** Tasks assigned, and tasks accepted, in each month (those of earlier days count in January). */
    final int[] assignedIn = new int[12];
    final int[] doneIn = new int[12];
    /** The union's report for each period kind of the year. */
    final Map<PeriodKind, Report> reports = new HashMap<>();

    TenantFigures add(TenantFigures other) {
        for (int i = 0; i < census.length; i++) {
            census[i] += other.census[i];
        }
        registryMembers += other.registryMembers;
        memberAssociations += other.memberAssociations;
        units += other.units;
        for (int k = 0; k < events.length; k++) {
            for (int m = 0; m < 12; m++) {
                events[k][m] += other.events[k][m];
            }
        }
        participants += other.participants;
        for (int m = 0; m < 12; m++) {
            assignedIn[m] += other.assignedIn[m];
            doneIn[m] += other.doneIn[m];
        }
        return this;
    }

    KeyFigures keyFigures() {
        var statuses = KeyFigures.noReports();
        reports.values().forEach(r -> statuses.merge(r.status(), 1, Integer::sum));
        int eventCount = 0;
        for (int[] kind : events) {
            for (int count : kind) {
                eventCount += count;
            }
        }
        return new KeyFigures(census[census.length - 1], registryMembers, memberAssociations, units, eventCount,
                participants, sum(assignedIn), sum(doneIn), reports.size(), statuses);
    }

    /** The key figures of several unions: their own, summed (the reports counted here are each union's). */
    static KeyFigures sum(List<KeyFigures> figures) {
        return figures.stream().reduce(new KeyFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, KeyFigures.noReports()), KeyFigures::plus);
    }

    List<MembersInYear> members(int year, LocalDate asOf) {
        var members = new ArrayList<MembersInYear>();
        for (int i = 0; i < census.length; i++) {
            int y = year - census.length + 1 + i;
            members.add(new MembersInYear(y, DashboardFigures.dayOf(y, asOf), census[i]));
        }
        return members;
    }

    /** The kinds of event held in the year (a kind no event was of says nothing about the union), month by month. */
    List<EventsOfKind> events() {
        var kinds = new ArrayList<EventsOfKind>();
        for (EventKind kind : EventKind.values()) {
            int[] months = events[kind.ordinal()];
            if (sum(months) > 0) {
                kinds.add(new EventsOfKind(kind, Arrays.stream(months).boxed().toList(), sum(months)));
            }
        }
        return kinds;
    }

    /** Cumulative, month by month up to the dashboard's day (none for a year not yet begun). */
    List<PlanMonth> plan(int year, LocalDate asOf) {
        int months = asOf.getYear() < year ? 0 : asOf.getMonthValue();
        var plan = new ArrayList<PlanMonth>();
        int assigned = 0;
        int done = 0;
        for (int m = 0; m < months; m++) {
            assigned += assignedIn[m];
            done += doneIn[m];
            plan.add(new PlanMonth(m + 1, assigned, done));
        }
        return plan;
    }

    List<PeriodStatus> periods(List<ReportingPeriod> periods) {
        LocalDate today = VietnamTime.today();
        return periods.stream().map(p -> {
            Report report = reports.get(p.kind());
            OffsetDateTime sentAt = report == null ? null : report.sentAt();
            boolean late = sentAt == null ? today.isAfter(p.deadline())
                    : sentAt.atZoneSameInstant(VietnamTime.ZONE).toLocalDate().isAfter(p.deadline());
            return new PeriodStatus(p.kind(), p.deadline(), report == null ? null : report.status(), sentAt, late);
        }).toList();
    }

    private static int sum(int[] values) {
        int sum = 0;
        for (int value : values) {
            sum += value;
        }
        return sum;
    }
}
