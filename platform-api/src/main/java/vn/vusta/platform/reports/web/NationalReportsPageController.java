package vn.vusta.platform.reports.web;

import vn.vusta.platform.web.PageController;

import vn.vusta.platform.web.Refusals;

import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vusta.platform.reports.Report;
import vn.vusta.platform.reports.ReportWorkflow;
import vn.vusta.platform.reports.Reports;
import vn.vusta.platform.tenancy.Tenants;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The national union's drill-down to one province's report: the report read-only, and for reviewers the buttons to
 * accept it, return it with a comment (required) or reopen an accepted one with a reason.
 */
@PageController
@RequestMapping("/national/reports/{tenantId}/{reportId}")
class NationalReportsPageController {

    private final Reports reports;
    private final ReportWorkflow workflow;
    private final Tenants tenants;
    private final MessageSource messages;

    NationalReportsPageController(Reports reports, ReportWorkflow workflow, Tenants tenants, MessageSource messages) {
        this.reports = reports;
        this.workflow = workflow;
        this.tenants = tenants;
        this.messages = messages;
    }

    @GetMapping
    String report(@PathVariable UUID tenantId, @PathVariable UUID reportId, Model model) {
        Report report = reports.find(tenantId, reportId).orElseThrow(Refusals::notFound);
        model.addAttribute("report", report);
        model.addAttribute("province", tenants.all().stream().filter(t -> t.id().equals(tenantId)).findFirst().orElseThrow());
        return "reports/national-report";
    }

    @PostMapping("/acceptance")
    String accept(@PathVariable UUID tenantId, @PathVariable UUID reportId, @RequestParam(required = false) String comment,
                  RedirectAttributes redirect, Locale locale) {
        return step(tenantId, reportId, () -> workflow.accept(tenantId, reportId, comment), "reports.done.accepted", redirect, locale);
    }

    @PostMapping("/return")
    String returnForRevision(@PathVariable UUID tenantId, @PathVariable UUID reportId,
                             @RequestParam(required = false) String comment, RedirectAttributes redirect, Locale locale) {
        return step(tenantId, reportId, () -> workflow.returnForRevision(tenantId, reportId, comment), "reports.done.returned",
                redirect, locale);
    }

    @PostMapping("/reopening")
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
