package vn.vusta.platform.nationalreview.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vusta.platform.nationalreview.Deadlines;
import vn.vusta.platform.nationalreview.NationalReview;
import vn.vusta.platform.nationalreview.ProvinceStatus;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.reportingcalendar.ReportingCalendar;
import vn.vusta.platform.reportingcalendar.ReportingPeriod;
import vn.vusta.platform.web.PageController;
import vn.vusta.platform.web.Refusals;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A period's deadlines as the national union adjusts them (Thời hạn): the late window every union gets, and a later
 * due day granted to one union with its reason (audited). Who is expected does not change, only who is on time.
 */
@PageController
class DeadlinesPageController {

    /** An exception's form as it was sent; a flash attribute, kept in the session store between the two requests. */
    record Attempt(UUID unionId, LocalDate dueOn, String reason) implements Serializable {
    }

    private final ReportingCalendar calendar;
    private final NationalReview review;
    private final Deadlines deadlines;
    private final MessageSource messages;

    DeadlinesPageController(ReportingCalendar calendar, NationalReview review, Deadlines deadlines, MessageSource messages) {
        this.calendar = calendar;
        this.review = review;
        this.deadlines = deadlines;
        this.messages = messages;
    }

    @GetMapping("/national/reports/deadlines")
    String deadlines(@RequestParam UUID period, Model model) {
        ReportingPeriod shown = calendar.period(period).orElseThrow(Refusals::notFound);
        var status = review.status(shown.id()).orElseThrow(Refusals::notFound);
        model.addAttribute("period", shown);
        model.addAttribute("status", status);
        model.addAttribute("exceptions", deadlines.exceptions(shown));
        // The unions on the platform, which an exception can be granted to.
        model.addAttribute("unions", status.provinces().stream()
                .filter(p -> p.tenantId() != null && !p.province().merged()).toList());
        return "nationalreview/deadlines";
    }

    @PostMapping("/national/reports/deadlines/{period}/grace")
    String grace(@PathVariable UUID period, @RequestParam(required = false) Integer graceDays, RedirectAttributes redirect) {
        ReportingPeriod shown = calendar.period(period).orElseThrow(Refusals::notFound);
        return refusedOr(shown, "grace", redirect, () -> deadlines.setGraceDays(shown, graceDays));
    }

    @PostMapping("/national/reports/deadlines/{period}/exceptions")
    String grant(@PathVariable UUID period, @RequestParam(required = false) UUID unionId,
                 @RequestParam(required = false) LocalDate dueOn, @RequestParam(required = false) String reason,
                 RedirectAttributes redirect) {
        ReportingPeriod shown = calendar.period(period).orElseThrow(Refusals::notFound);
        // Shown again in the form when refused, so nothing typed is lost.
        redirect.addFlashAttribute("attempt", new Attempt(unionId, dueOn, reason));
        return refusedOr(shown, "exception", redirect, () -> deadlines.grant(shown, unionId, dueOn, reason));
    }

    @PostMapping("/national/reports/deadlines/{period}/exceptions/{id}/withdrawal")
    String withdraw(@PathVariable UUID period, @PathVariable UUID id, RedirectAttributes redirect) {
        ReportingPeriod shown = calendar.period(period).orElseThrow(Refusals::notFound);
        if (!deadlines.withdraw(shown, id)) {
            throw Refusals.notFound();
        }
        redirect.addFlashAttribute("notice", text("review.deadlines.saved"));
        return "redirect:/national/reports/deadlines?period=" + period;
    }

    /** Does the write; a refusal comes back beside the form it concerns, in the user's language. */
    private String refusedOr(ReportingPeriod period, String where, RedirectAttributes redirect, Runnable write) {
        try {
            write.run();
            redirect.addFlashAttribute("notice", text("review.deadlines.saved"));
        } catch (RefusedException e) {
            redirect.addFlashAttribute("refusal", messages.getMessage(e.reason(), e.arguments(), e.reason(), LocaleContextHolder.getLocale()));
            redirect.addFlashAttribute("refusedAt", where);
        }
        return "redirect:/national/reports/deadlines?period=" + period.id();
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
