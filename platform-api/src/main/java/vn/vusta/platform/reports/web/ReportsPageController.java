package vn.vusta.platform.reports.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vusta.platform.calendar.VietnamTime;
import vn.vusta.platform.identity.Roles;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.security.PlatformUser;
import vn.vusta.platform.reports.Report;
import vn.vusta.platform.reports.ReportHeader;
import vn.vusta.platform.reports.ReportWorkflow;
import vn.vusta.platform.reports.Reports;
import vn.vusta.platform.reports.Section;
import vn.vusta.platform.tenancy.Tenants;
import vn.vusta.platform.web.PageController;
import vn.vusta.platform.web.Refusals;

/**
 * The union's periodic reports: the periods of a year with the report of each, and a report — its header, figures
 * by area (computed, entered with the reason, reported), its sections in the editor, the workflow buttons the user's
 * role and the report's status allow, and its history. Readers see; editors and administrators draft (each figure and
 * section saving itself) and record an approval given at a meeting on paper; the Standing Committee's chairman
 * approves in the platform; administrators submit, send after a summary, and take a sent report back until the
 * national union opens it. A refusal comes back as a notice naming what to fix. And the national union's drill-down
 * to one province's report, whose first reading by a reviewer is recorded.
 */
@PageController
class ReportsPageController {

    private final Reports reports;
    private final ReportWorkflow workflow;
    private final MessageSource messages;
    private final Tenants tenants;

    ReportsPageController(Reports reports, ReportWorkflow workflow, MessageSource messages, Tenants tenants) {
        this.reports = reports;
        this.workflow = workflow;
        this.messages = messages;
        this.tenants = tenants;
    }

    @GetMapping("/workspace/reports")
    String list(@RequestParam(required = false) Integer year, Model model) {
        int shown = year == null ? VietnamTime.today().getYear() : year;
        model.addAttribute("year", shown);
        model.addAttribute("years", reports.years());
        model.addAttribute("periods", reports.ofYear(shown));
        model.addAttribute("today", VietnamTime.today());
        return "reports/reports";
    }

    @PostMapping("/workspace/reports")
    String create(@RequestParam UUID periodId, RedirectAttributes redirect, Locale locale) {
        try {
            Report created = reports.create(periodId);
            redirect.addFlashAttribute("notice", messages.getMessage("reports.created", null, locale));
            return "redirect:/workspace/reports/" + created.id();
        } catch (RefusedException e) {
            redirect.addFlashAttribute("refusal", messages.getMessage(e.reason(), e.arguments(), locale));
            return "redirect:/workspace/reports" + reports.period(periodId).map(p -> "?year=" + p.year()).orElse("");
        }
    }

    @GetMapping("/workspace/reports/{id}")
    String report(@PathVariable UUID id, Model model) {
        Report report = reports.find(id).orElseThrow(Refusals::notFound);
        model.addAttribute("report", report);
        model.addAttribute("today", VietnamTime.today());
        return "reports/report";
    }

    @PostMapping("/workspace/reports/{id}/header")
    String header(@PathVariable UUID id, @RequestParam(required = false) String title,
                  @RequestParam(required = false) String numberSymbol, @RequestParam(required = false) String place,
                  @RequestParam(required = false) LocalDate issuedOn,
                  @RequestParam(required = false) String recipients, @RequestParam(required = false) String signerTitle,
                  @RequestParam(required = false) String signerName, RedirectAttributes redirect, Locale locale) {
        var header = new ReportHeader(title, numberSymbol, place, issuedOn, recipients, signerTitle, signerName);
        return step(id, () -> reports.updateHeader(id, header), "reports.header.saved", redirect, locale);
    }

    @PostMapping("/workspace/reports/{id}/values/{code}")
    String value(@PathVariable UUID id, @PathVariable String code, @RequestParam(required = false) String value,
                 @RequestParam(required = false) String reason, RedirectAttributes redirect, Locale locale) {
        redirect.addFlashAttribute("refusalCode", code);
        return step(id, () -> {
            if (value == null || value.isBlank()) {
                return reports.clear(id, code);
            }
            return reports.enter(id, code, number(value), reason);
        }, "reports.value.saved", redirect, locale);
    }

    /**
     * A figure saved as the user leaves its field (htmx, on change): answers the field's state — "Đã lưu" or the
     * refusal — and the reported figure, so the page does not reload and nothing typed elsewhere is lost.
     */
    @PostMapping(value = "/workspace/reports/{id}/values/{code}", headers = "HX-Request")
    String valueLive(@PathVariable UUID id, @PathVariable String code, @RequestParam(required = false) String value,
                     @RequestParam(required = false) String reason, Model model, Locale locale) {
        Report report;
        try {
            report = (value == null || value.isBlank() ? reports.clear(id, code) : reports.enter(id, code, number(value), reason))
                    .orElseThrow(Refusals::notFound);
            model.addAttribute("saved", java.time.LocalTime.now(VietnamTime.ZONE));
        } catch (RefusedException e) {
            if (e.isNotFound()) {
                throw e;
            }
            model.addAttribute("refusal", messages.getMessage(e.reason(), e.arguments(), locale));
            report = reports.find(id).orElseThrow(Refusals::notFound);
        }
        model.addAttribute("report", report);
        model.addAttribute("figure", report.figures().stream().filter(f -> f.code().equals(code)).findFirst()
                .orElseThrow(Refusals::notFound));
        return "reports/report-parts :: figure-state";
    }

    /**
     * A section saved as the user writes (the editor's script, after a pause and on leaving it): answers its state,
     * "Đã lưu lúc …" or the refusal.
     */
    @PostMapping("/workspace/reports/{id}/sections/{section}")
    String sectionLive(@PathVariable UUID id, @PathVariable Section section, @RequestParam(required = false) String html,
                       Model model, Locale locale) {
        try {
            reports.write(id, section, html).orElseThrow(Refusals::notFound);
            model.addAttribute("saved", java.time.LocalTime.now(VietnamTime.ZONE));
        } catch (RefusedException e) {
            if (e.isNotFound()) {
                throw e;
            }
            model.addAttribute("refusal", messages.getMessage(e.reason(), e.arguments(), locale));
        }
        return "reports/report-parts :: save-state";
    }

    @PostMapping("/workspace/reports/{id}/sections")
    String sections(@PathVariable UUID id, @RequestParam Map<String, String> form, RedirectAttributes redirect, Locale locale) {
        var texts = new EnumMap<Section, String>(Section.class);
        for (Section section : Section.values()) {
            String html = form.get("section-" + section.name());
            if (html != null) {
                texts.put(section, html);
            }
        }
        return step(id, () -> reports.write(id, texts), "reports.sections.saved", redirect, locale);
    }

    @PostMapping("/workspace/reports/{id}/refresh")
    String refresh(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
        return step(id, () -> reports.refresh(id), "reports.refreshed", redirect, locale);
    }

    @PostMapping("/workspace/reports/{id}/submission")
    String submit(@PathVariable UUID id, @RequestParam(required = false) String comment, RedirectAttributes redirect, Locale locale) {
        return step(id, () -> workflow.submit(id, comment), "reports.done.submitted", redirect, locale);
    }

    @PostMapping("/workspace/reports/{id}/withdrawal")
    String withdraw(@PathVariable UUID id, @RequestParam(required = false) String comment, RedirectAttributes redirect, Locale locale) {
        return step(id, () -> workflow.withdraw(id, comment), "reports.done.withdrawn", redirect, locale);
    }

    /** The secretariat records an approval given at a meeting on paper: its date and minutes. */
    @PostMapping("/workspace/reports/{id}/approval")
    String approve(@PathVariable UUID id,
                   @RequestParam(required = false) LocalDate meetingDate,
                   @RequestParam(required = false) String minutes, @RequestParam(required = false) String comment,
                   Authentication authentication, RedirectAttributes redirect, Locale locale) {
        return step(id, () -> workflow.approve(id, meetingDate, minutes, ReportsApiController.name(authentication), comment),
                "reports.done.approved", redirect, locale);
    }

    /** The Standing Committee's chairman approves, on whatever screen. */
    @PostMapping("/workspace/reports/{id}/chair-approval")
    String approveAsChair(@PathVariable UUID id, @RequestParam(required = false) String comment,
                          Authentication authentication, RedirectAttributes redirect, Locale locale) {
        return step(id, () -> workflow.approveAsChair(id, ReportsApiController.name(authentication), comment),
                "reports.done.approved-by-chair", redirect, locale);
    }

    /**
     * What sending will send, before it goes: the figures changed from the computed ones with their reasons, the
     * empty sections (the required ones stop the sending, named), the files the national union will read.
     */
    @GetMapping("/workspace/reports/{id}/sending")
    String sendingSummary(@PathVariable UUID id, Model model) {
        Report report = reports.find(id).orElseThrow(Refusals::notFound);
        model.addAttribute("report", report);
        return "reports/sending";
    }

    @PostMapping("/workspace/reports/{id}/sending")
    String send(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
        return step(id, () -> workflow.send(id), "reports.done.sent", redirect, locale);
    }

    @PostMapping("/workspace/reports/{id}/recall")
    String recall(@PathVariable UUID id, @RequestParam(required = false) String comment, RedirectAttributes redirect,
                  Locale locale) {
        return step(id, () -> workflow.recall(id, comment), "reports.done.recalled", redirect, locale);
    }

    private String step(UUID id, Supplier<Optional<Report>> work, String done, RedirectAttributes redirect, Locale locale) {
        Refusals.flash(work, done, redirect, messages, locale);
        return "redirect:/workspace/reports/" + id;
    }

    /** A figure as Vietnamese write it: dots group thousands, a comma before decimals ("23.628", "12,5"). */
    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text.strip().replace(".", "").replace(" ", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            throw RefusedException.invalid("value", "reports.refusal.value-not-a-number");
        }
    }

    // The national union's drill-down to one province's report: the report read-only, and for reviewers the buttons
    // to accept it, return it with a comment (required) or reopen an accepted one with a reason.
    @GetMapping("/national/reports/{tenantId}/{reportId}")
    String nationalReport(@PathVariable UUID tenantId, @PathVariable UUID reportId, Model model, Authentication authentication) {
        reports.find(tenantId, reportId).orElseThrow(Refusals::notFound);
        if (PlatformUser.of(authentication).map(u -> u.hasRole(Roles.NATIONAL_REVIEWER)).orElse(false)) {
            workflow.opened(tenantId, reportId);
        }
        Report report = reports.find(tenantId, reportId).orElseThrow(Refusals::notFound);
        model.addAttribute("report", report);
        model.addAttribute("province", tenants.all().stream().filter(t -> t.id().equals(tenantId)).findFirst().orElseThrow());
        return "reports/national-report";
    }

    @PostMapping("/national/reports/{tenantId}/{reportId}/acceptance")
    String accept(@PathVariable UUID tenantId, @PathVariable UUID reportId, @RequestParam(required = false) String comment,
                  RedirectAttributes redirect, Locale locale) {
        return step(tenantId, reportId, () -> workflow.accept(tenantId, reportId, comment), "reports.done.accepted", redirect, locale);
    }

    @PostMapping("/national/reports/{tenantId}/{reportId}/return")
    String returnForRevision(@PathVariable UUID tenantId, @PathVariable UUID reportId,
                             @RequestParam(required = false) String comment,
                             @RequestParam(required = false) List<String> figureCode, @RequestParam(required = false) List<String> figureComment,
                             @RequestParam(required = false) List<String> sectionName, @RequestParam(required = false) List<String> sectionComment,
                             RedirectAttributes redirect, Locale locale) {
        return step(tenantId, reportId, () -> workflow.returnForRevision(tenantId, reportId, comment,
                ReturnForm.figures(figureCode, figureComment), ReturnForm.sections(sectionName, sectionComment)),
                "reports.done.returned", redirect, locale);
    }

    @PostMapping("/national/reports/{tenantId}/{reportId}/reopening")
    String reopen(@PathVariable UUID tenantId, @PathVariable UUID reportId, @RequestParam(required = false) String reason,
                  RedirectAttributes redirect, Locale locale) {
        return step(tenantId, reportId, () -> workflow.reopen(tenantId, reportId, reason), "reports.done.reopened", redirect, locale);
    }

    private String step(UUID tenantId, UUID reportId, Supplier<Optional<Report>> work, String done, RedirectAttributes redirect,
                        Locale locale) {
        Refusals.flash(work, done, redirect, messages, locale);
        return "redirect:/national/reports/" + tenantId + "/" + reportId;
    }
}
