package vn.vusta.platform.dashboards.web;

import vn.vusta.platform.web.PageController;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;
import vn.vusta.platform.calendar.VietnamTime;
import vn.vusta.platform.dashboards.Dashboard;
import vn.vusta.platform.dashboards.Dashboards;
import vn.vusta.platform.dashboards.EventsOfKind;
import vn.vusta.platform.dashboards.MembersInYear;
import vn.vusta.platform.dashboards.NationalDashboard;
import vn.vusta.platform.dashboards.PlanMonth;
import vn.vusta.platform.tenancy.AccessScope;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/** The dashboards as pages: the figures as text and tables, and as charts (Chart.js) drawn from the same figures. */
@PageController
class DashboardsPageController {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The colour of each report status in the reporting tables (Bootstrap), and of a missing report. */
    private static final Map<String, String> STATUS_CLASSES = Map.of(
            "NONE", "text-bg-light", "LATE", "text-bg-danger", "DRAFT", "text-bg-secondary",
            "SUBMITTED", "text-bg-info", "APPROVED", "text-bg-info", "SENT", "text-bg-primary",
            "ACCEPTED", "text-bg-success", "RETURNED", "text-bg-warning");

    private final Dashboards dashboards;
    private final MessageSource messages;

    DashboardsPageController(Dashboards dashboards, MessageSource messages) {
        this.dashboards = dashboards;
        this.messages = messages;
    }

    @GetMapping("/workspace/dashboard")
    String province(@RequestParam(required = false) Integer year, Model model, Locale locale) {
        Dashboard dashboard = dashboards.province(shown(year));
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("statusClasses", STATUS_CLASSES);
        model.addAttribute("charts", charts(dashboard.members(), dashboard.events(), dashboard.plan(), locale));
        return "dashboards/dashboard";
    }

    @GetMapping("/national/dashboard")
    String national(@RequestParam(required = false) Integer year, Model model, Locale locale) {
        if (!(AccessScope.current().orElse(null) instanceof AccessScope.NationalAccess)) {
            throw new AccessDeniedException("The national dashboard is for the national union's reviewers");
        }
        NationalDashboard dashboard = dashboards.national(shown(year));
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("statusClasses", STATUS_CLASSES);
        model.addAttribute("charts", charts(dashboard.members(), dashboard.events(), dashboard.plan(), locale));
        return "dashboards/national-dashboard";
    }

    /** This year unless another plausible one is chosen. */
    private static int shown(Integer year) {
        return year != null && year >= 1990 && year <= 2200 ? year : VietnamTime.today().getYear();
    }

    /** What the charts draw, with their labels in the page's language; escaped for a script element. */
    private String charts(List<MembersInYear> members, List<EventsOfKind> events, List<PlanMonth> plan, Locale locale) {
        var charts = new LinkedHashMap<String, Object>();
        charts.put("locale", locale.getLanguage().equals("en") ? "en-GB" : "vi-VN");
        charts.put("members", Map.of(
                "labels", members.stream().map(m -> String.valueOf(m.year())).toList(),
                "label", text("dashboard.members.series", locale),
                "data", members.stream().map(MembersInYear::members).toList()));
        charts.put("events", Map.of(
                "labels", IntStream.rangeClosed(1, 12).mapToObj(m -> text("dashboard.month", locale, m)).toList(),
                "datasets", events.stream()
                        .map(e -> Map.of("label", text("events.kind." + e.kind().name(), locale), "data", e.byMonth()))
                        .toList()));
        charts.put("plan", Map.of(
                "labels", plan.stream().map(p -> text("dashboard.month", locale, p.month())).toList(),
                "assigned", Map.of("label", text("dashboard.plan.assigned", locale), "data", plan.stream().map(PlanMonth::assigned).toList()),
                "done", Map.of("label", text("dashboard.plan.done", locale), "data", plan.stream().map(PlanMonth::done).toList())));
        return JSON.writeValueAsString(charts).replace("<", "\\u003c");
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
