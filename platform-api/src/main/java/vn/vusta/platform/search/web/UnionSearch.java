package vn.vusta.platform.search.web;

import org.springframework.stereotype.Component;
import vn.vusta.platform.consultancy.ConsultancyTasks;
import vn.vusta.platform.consultancy.Task;
import vn.vusta.platform.consultancy.TaskQuery;
import vn.vusta.platform.events.EventPage;
import vn.vusta.platform.events.EventQuery;
import vn.vusta.platform.events.Events;
import vn.vusta.platform.members.MemberPage;
import vn.vusta.platform.members.MemberQuery;
import vn.vusta.platform.members.Members;
import vn.vusta.platform.registry.Unit;
import vn.vusta.platform.registry.Units;
import vn.vusta.platform.reports.PeriodReport;
import vn.vusta.platform.reports.Reports;
import vn.vusta.platform.text.FreeText;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the header's search box finds in the signed-in user's union (row-level security scopes every read). Members
 * and events are searched by the database as their lists search them; units, tasks and reports — a union's tens to
 * hundreds — are matched here, every word typed being in the name or title, diacritics aside.
 */
@Component
class UnionSearch {

    static final int SHOWN = 5;

    private final Members members;
    private final Events events;
    private final Units units;
    private final ConsultancyTasks tasks;
    private final Reports reports;

    UnionSearch(Members members, Events events, Units units, ConsultancyTasks tasks, Reports reports) {
        this.members = members;
        this.events = events;
        this.units = units;
        this.tasks = tasks;
        this.reports = reports;
    }

    Found find(String text) {
        List<String> words = Arrays.stream(FreeText.folded(text).split("\\s+")).filter(w -> !w.isEmpty()).toList();
        MemberPage foundMembers = members.search(new MemberQuery(text, null, null, null, null, null, null), 0, SHOWN);
        EventPage foundEvents = events.search(new EventQuery(null, null, null, null, null, null, text), 0, SHOWN);
        List<Unit> foundUnits = units.list().stream()
                .filter(u -> matches(words, u.name(), u.abbreviation(), u.fieldOfWork(), u.leaderName())).toList();
        List<Task> foundTasks = tasks.list(new TaskQuery(null, null, null, null)).stream()
                .filter(t -> matches(words, t.subject(), t.authority(), t.assignmentNumber())).toList();
        List<PeriodReport> foundReports = reports.years().stream().flatMap(year -> reports.ofYear(year).stream())
                .filter(r -> r.reportId() != null && matches(words, r.title(), r.period().vietnameseName())).toList();
        return new Found(foundMembers, foundEvents, foundUnits, foundTasks, foundReports);
    }

    private static boolean matches(List<String> words, String... texts) {
        String haystack = FreeText.folded(String.join(" ", Stream.of(texts).map(t -> t == null ? "" : t).toList()));
        return words.stream().allMatch(haystack::contains);
    }

    /** What was found, by kind; the page shows the first few of each with the count. */
    record Found(MemberPage members, EventPage events, List<Unit> units, List<Task> tasks, List<PeriodReport> reports) {

        public boolean nothing() {
            return members.items().isEmpty() && events.items().isEmpty() && units.isEmpty() && tasks.isEmpty()
                    && reports.isEmpty();
        }
    }
}
