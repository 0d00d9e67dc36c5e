package vn.vusta.platform.personaldata.web;

import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.vusta.platform.personaldata.Retention;
import vn.vusta.platform.personaldata.RetentionRule;
import vn.vusta.platform.web.PageController;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The union administrator's page of retention periods (thời hạn lưu trữ): each kind of record, how long it keeps
 * personal data, what happens at the end, how many records are due now, and the job's last run.
 */
@PageController
class RetentionPageController {

    /** A rule as the page writes it. */
    record RuleView(RetentionRule rule, String period) {
    }

    private final Retention retention;
    private final MessageSource messages;

    RetentionPageController(Retention retention, MessageSource messages) {
        this.retention = retention;
        this.messages = messages;
    }

    @GetMapping("/workspace/personal-data/retention")
    String retention(Model model, Locale locale) {
        model.addAttribute("rules", retention.rules().stream().map(r -> new RuleView(r, period(r, locale))).toList());
        model.addAttribute("lastRun", retention.lastRun().orElse(null));
        return "personaldata/retention";
    }

    private String period(RetentionRule rule, Locale locale) {
        if (rule.unlimited()) {
            return messages.getMessage("retention.period.unlimited", null, locale);
        }
        if (rule.hours() != null) {
            return rule.hours() % 24 == 0
                    ? messages.getMessage("retention.period.days", new Object[]{rule.hours() / 24}, locale)
                    : messages.getMessage("retention.period.hours", new Object[]{rule.hours()}, locale);
        }
        Period p = rule.period();
        List<String> parts = new ArrayList<>();
        if (p.getYears() != 0) {
            parts.add(messages.getMessage("retention.period.years", new Object[]{p.getYears()}, locale));
        }
        if (p.getMonths() != 0) {
            parts.add(messages.getMessage("retention.period.months", new Object[]{p.getMonths()}, locale));
        }
        if (p.getDays() != 0 || parts.isEmpty()) {
            parts.add(messages.getMessage("retention.period.days", new Object[]{p.getDays()}, locale));
        }
        return String.join(" ", parts);
    }
}
