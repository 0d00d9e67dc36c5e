package vn.vusta.platform.dataquality.web;

import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vusta.platform.calendar.VietnamTime;
import vn.vusta.platform.dataquality.Importance;
import vn.vusta.platform.dataquality.Operator;
import vn.vusta.platform.dataquality.PeriodQuality;
import vn.vusta.platform.dataquality.RuleDraft;
import vn.vusta.platform.dataquality.RuleKind;
import vn.vusta.platform.reports.Section;
import vn.vusta.platform.dataquality.QualityRules;
import vn.vusta.platform.dataquality.ReportQuality;
import vn.vusta.platform.reportingcalendar.ReportingCalendar;
import vn.vusta.platform.reportingcalendar.ReportingPeriod;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.web.PageController;
import vn.vusta.platform.web.Refusals;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The data-quality pages: the union explains a failed rule beside it (on its report or the sending summary), and the
 * national union reviews a period — the year's current rules over every union's received reports, which unions fail
 * which rules and how many — with the year's rules listed under it. A report's results are read on its pages
 * through the {@code reportQuality} bean.
 */
@PageController
class DataQualityPageController {

    private final ReportQuality quality;
    private final PeriodQuality periods;
    private final QualityRules rules;
    private final ReportingCalendar calendar;
    private final MessageSource messages;

    DataQualityPageController(ReportQuality quality, PeriodQuality periods, QualityRules rules, ReportingCalendar calendar,
                              MessageSource messages) {
        this.quality = quality;
        this.periods = periods;
        this.rules = rules;
        this.calendar = calendar;
        this.messages = messages;
    }

    /** The union explains a failed rule, or takes its explanation back (an empty text); back to the page it came from. */
    @PostMapping("/workspace/reports/{id}/quality/{ruleId}")
    String explain(@PathVariable UUID id, @PathVariable UUID ruleId, @RequestParam(required = false) String explanation,
                   @RequestParam(required = false) String from, RedirectAttributes redirect, Locale locale) {
        Refusals.flash(() -> quality.explain(id, ruleId, explanation), explanation == null || explanation.isBlank()
                ? "dataquality.explanation.removed" : "dataquality.explanation.saved", redirect, messages, locale);
        return "redirect:/workspace/reports/" + id + ("sending".equals(from) ? "/sending" : "") + "#quality";
    }

    @GetMapping("/national/reports/quality")
    String period(@RequestParam(required = false) Integer year, @RequestParam(required = false) UUID period, Model model) {
        ReportingPeriod shown = period == null ? null : calendar.period(period).orElseThrow(Refusals::notFound);
        int shownYear = shown != null ? shown.year() : year != null ? year : VietnamTime.today().getYear();
        List<ReportingPeriod> ofYear = calendar.periods(shownYear);
        if (shown == null) {
            shown = ofYear.stream().filter(p -> !p.deadline().isAfter(VietnamTime.today()))
                    .max(Comparator.comparing(ReportingPeriod::deadline))
                    .orElse(ofYear.isEmpty() ? null : ofYear.getFirst());
        }
        model.addAttribute("year", shownYear);
        model.addAttribute("years", calendar.years());
        model.addAttribute("periods", ofYear);
        model.addAttribute("period", shown);
        model.addAttribute("rules", rules.ofYear(shownYear));
        model.addAttribute("kinds", RuleKind.values());
        model.addAttribute("operators", Operator.values());
        if (shown != null) {
            model.addAttribute("review", periods.review(shown.id()).orElseThrow());
        }
        return "dataquality/period";
    }

    /** A national reviewer adds a rule to the year's set from the page; back to the list, the refusal beside it. */
    @PostMapping("/national/reports/quality/rules")
    String addRule(@RequestParam int year, @RequestParam(required = false) UUID period,
                   @RequestParam(required = false) RuleKind kind, @RequestParam(required = false) String indicatorCode,
                   @RequestParam(required = false) Operator operator, @RequestParam(required = false) String otherCode,
                   @RequestParam(required = false) BigDecimal factor, @RequestParam(required = false) BigDecimal percent,
                   @RequestParam(required = false) BigDecimal min, @RequestParam(required = false) BigDecimal max,
                   @RequestParam(required = false) BigDecimal threshold, @RequestParam(required = false) Importance importance,
                   @RequestParam(required = false) String explanation, @RequestParam(required = false) List<Section> areas,
                   RedirectAttributes redirect, Locale locale) {
        var draft = new RuleDraft(kind, blankless(indicatorCode), operator, blankless(otherCode), factor, percent, min, max,
                threshold, importance, explanation, areas, true);
        try {
            rules.add(year, draft);
            redirect.addFlashAttribute("notice", messages.getMessage("dataquality.rule.added", null, locale));
        } catch (RefusedException e) {
            Refusals.flash(e, redirect, messages, locale);
            // The form comes back as it was sent, the refusal beside it.
            var typed = new HashMap<String, String>();
            typed.put("kind", kind == null ? null : kind.name());
            typed.put("indicatorCode", indicatorCode);
            typed.put("operator", operator == null ? null : operator.name());
            typed.put("otherCode", otherCode);
            typed.put("factor", factor == null ? null : factor.toPlainString());
            typed.put("percent", percent == null ? null : percent.toPlainString());
            typed.put("min", min == null ? null : min.toPlainString());
            typed.put("max", max == null ? null : max.toPlainString());
            typed.put("threshold", threshold == null ? null : threshold.toPlainString());
            typed.put("importance", importance == null ? null : importance.name());
            typed.put("explanation", explanation);
            redirect.addFlashAttribute("ruleTyped", typed);
        }
        return back(year, period);
    }

    /** Pauses a rule or runs it again (it stays with its results and explanations). */
    @PostMapping("/national/reports/quality/rules/{id}/active")
    String activate(@PathVariable UUID id, @RequestParam boolean active, @RequestParam(required = false) UUID period,
                    RedirectAttributes redirect, Locale locale) {
        var rule = rules.find(id).orElseThrow(Refusals::notFound);
        var draft = new RuleDraft(rule.kind(), rule.indicatorCode(), rule.operator(), rule.otherCode(), rule.factor(),
                rule.percent(), rule.min(), rule.max(), rule.threshold(), rule.importance(), rule.explanation(), rule.areas(), active);
        Refusals.flash(() -> rules.change(id, draft), active ? "dataquality.rule.activated" : "dataquality.rule.paused",
                redirect, messages, locale);
        return back(rule.year(), period);
    }

    private static String back(int year, UUID period) {
        return "redirect:/national/reports/quality?" + (period == null ? "year=" + year : "period=" + period) + "#rules";
    }

    private static String blankless(String code) {
        return code == null || code.isBlank() ? null : code.strip().toUpperCase(Locale.ROOT);
    }
}
