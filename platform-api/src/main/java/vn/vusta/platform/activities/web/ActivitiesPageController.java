package vn.vusta.platform.activities.web;

import vn.vusta.platform.web.PageController;

import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.vusta.platform.calendar.VietnamTime;
import vn.vusta.platform.commendations.CommendationTotals;
import vn.vusta.platform.commendations.Commendations;
import vn.vusta.platform.consultancy.ConsultancyPlan;
import vn.vusta.platform.consultancy.PlanFigures;
import vn.vusta.platform.contests.ContestOverview;
import vn.vusta.platform.contests.Contests;
import vn.vusta.platform.events.EventQuery;
import vn.vusta.platform.events.EventTotals;
import vn.vusta.platform.events.Events;
import vn.vusta.platform.publications.PublicationQuery;
import vn.vusta.platform.publications.Publications;
import vn.vusta.platform.research.ResearchProjects;
import vn.vusta.platform.research.ResearchQuery;
import vn.vusta.platform.servicecounts.ServiceCounts;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a union does all year (hoạt động), by kind: the year's figure of each kind, and the way into its list. */
@PageController
class ActivitiesPageController {

    private final MessageSource messages;
    private final Events events;
    private final ConsultancyPlan plan;
    private final Contests contests;
    private final Commendations commendations;
    private final Publications publications;
    private final ResearchProjects research;
    private final ServiceCounts serviceCounts;

    ActivitiesPageController(MessageSource messages, Events events, ConsultancyPlan plan, Contests contests,
                             Commendations commendations, Publications publications, ResearchProjects research,
                             ServiceCounts serviceCounts) {
        this.messages = messages;
        this.events = events;
        this.plan = plan;
        this.contests = contests;
        this.commendations = commendations;
        this.publications = publications;
        this.research = research;
        this.serviceCounts = serviceCounts;
    }

    @GetMapping("/workspace/activities")
    String activities(@RequestParam(required = false) Integer year, Model model, Locale locale) {
        LocalDate today = VietnamTime.today();
        // Unless a year is chosen, the latest year with events so far: a union opens on what it has recorded.
        int shown = year != null ? year : events.years().stream().filter(y -> y <= today.getYear()).findFirst()
                .orElse(today.getYear());
        LocalDate from = LocalDate.of(shown, 1, 1);
        LocalDate to = LocalDate.of(shown, 12, 31);
        // This year's plan as it stands today; a past year's as it ended.
        LocalDate asOf = to.isAfter(today) ? today : to;

        EventTotals held = events.search(new EventQuery(shown, null, null, null, null, null, null), 0, 1).totals();
        PlanFigures tasks = plan.summary(shown, asOf).total();
        ContestOverview contested = contests.overview(shown, null);
        CommendationTotals commended = commendations.ofYear(shown).totals();
        var figures = new LinkedHashMap<String, String>();
        figures.put("events", text(locale, "activities.figure.events", held.events(), held.participants()));
        figures.put("consultancy", text(locale, "activities.figure.consultancy", tasks.assigned(), tasks.done()));
        figures.put("contests", text(locale, "activities.figure.contests", contested.editions(), contested.entries(),
                contested.prizes()));
        figures.put("commendations", text(locale, "activities.figure.commendations", commended.collectives(),
                commended.individuals()));
        figures.put("publications", text(locale, "activities.figure.publications",
                publications.issues(new PublicationQuery(null, null, from, to)).size()));
        figures.put("research", text(locale, "activities.figure.research",
                research.totals(new ResearchQuery(from, to, null, null, null, null)).projects()));
        figures.put("service-counts", serviceCounts.totals(from, to).stream()
                .map(total -> text(locale, "activities.figure.service-count", total.kind().name(), total.total(),
                        total.kind().unitOfCount()))
                .collect(Collectors.joining(" · ")));
        model.addAttribute("year", shown);
        // A chosen year follows into the lists; otherwise each list opens on its own latest year.
        model.addAttribute("chosenYear", year);
        model.addAttribute("figures", figures);
        return "activities/activities";
    }

    private String text(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
