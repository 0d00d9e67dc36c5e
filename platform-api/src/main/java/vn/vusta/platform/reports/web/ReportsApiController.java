package vn.vusta.platform.reports.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.vusta.platform.identity.Roles;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.security.PlatformUser;
import vn.vusta.platform.calendar.VietnamTime;
import vn.vusta.platform.reports.PeriodReport;
import vn.vusta.platform.reports.ReportHeader;
import vn.vusta.platform.reports.ReportWorkflow;
import vn.vusta.platform.reports.Reports;
import vn.vusta.platform.reports.Section;

/**
 * The union's periodic reports (báo cáo định kỳ): the calendar's periods of a year with the union's report for each,
 * a report pre-filled from the records, its figures, header and narrative while a draft, and the steps that take it
 * to the Standing Committee and the national union (submission, sending and taking back: the union's administrators;
 * approval: the chairman, or the secretariat recording a paper meeting); and the national union's review of one
 * province's report.
 */
@RestController
@RequestMapping("/api/v1")
class ReportsApiController {

    private final Reports reports;
    private final ReportWorkflow workflow;

    ReportsApiController(Reports reports, ReportWorkflow workflow) {
        this.reports = reports;
        this.workflow = workflow;
    }

    record CreateRequest(@NotNull UUID periodId) {
    }

    /** Decree 30's header: title (required), number and symbol, place, date, recipients (one per line), signer. */
    record HeaderRequest(@Size(max = 500) String title, @Size(max = 50) String numberSymbol, @Size(max = 100) String place,
                         LocalDate issuedOn, @Size(max = 2000) String recipients, @Size(max = 200) String signerTitle,
                         @Size(max = 200) String signerName) {

        ReportHeader header() {
            return new ReportHeader(title, numberSymbol, place, issuedOn, recipients, signerTitle, signerName);
        }
    }

    /** A figure entered: overriding a computed one needs the reason. */
    record ValueRequest(BigDecimal value, @Size(max = 1000) String reason) {
    }

    /** A section's text as HTML, sanitised on saving. */
    record SectionRequest(@Size(max = 200_000) String html) {
    }

    record CommentRequest(@Size(max = 2000) String comment) {
    }

    /** An approval given at a meeting on paper: its date and its minutes (their reference or text), both required. */
    record ApprovalRequest(LocalDate meetingDate, @Size(max = 4000) String minutes, @Size(max = 2000) String comment) {
    }

    @GetMapping("/reports")
    @Operation(summary = "The reporting periods of a year (this year's when absent), each with the union's report or none yet")
    List<PeriodReport> list(@RequestParam(required = false) Integer year) {
        return reports.ofYear(year == null ? VietnamTime.today().getYear() : year);
    }

    @PostMapping("/reports")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start the union's report for a period, pre-filled with the figures computed from the records")
    ReportView create(@Valid @RequestBody CreateRequest request) {
        return ReportView.of(reports.create(request.periodId()));
    }

    @GetMapping("/reports/{id}")
    @Operation(summary = "A report: header, figures (computed, entered with its reason, reported), sections and history")
    ReportView get(@PathVariable UUID id) {
        return ReportView.of(reports.find(id).orElseThrow(() -> notFound(id)));
    }

    @PutMapping("/reports/{id}")
    @Operation(summary = "Change a draft's header (title, number and symbol, place and date, recipients, signer)")
    ReportView updateHeader(@PathVariable UUID id, @Valid @RequestBody HeaderRequest request) {
        return ReportView.of(reports.updateHeader(id, request.header()).orElseThrow(() -> notFound(id)));
    }

    @PutMapping("/reports/{id}/values/{code}")
    @Operation(summary = "Enter a figure: by hand, or over the computed one with a reason (both are kept)")
    ReportView enter(@PathVariable UUID id, @PathVariable String code, @Valid @RequestBody ValueRequest request) {
        return ReportView.of(reports.enter(id, code, request.value(), request.reason()).orElseThrow(() -> notFound(id)));
    }

    @DeleteMapping("/reports/{id}/values/{code}")
    @Operation(summary = "Remove an entered figure: the computed one is reported again")
    ReportView clear(@PathVariable UUID id, @PathVariable String code) {
        return ReportView.of(reports.clear(id, code).orElseThrow(() -> notFound(id)));
    }

    @PutMapping("/reports/{id}/sections/{section}")
    @Operation(summary = "Save a narrative section (HTML: paragraphs, emphasis, lists, headings, links, tables; the rest is removed)")
    ReportView write(@PathVariable UUID id, @PathVariable Section section, @Valid @RequestBody SectionRequest request) {
        return ReportView.of(reports.write(id, section, request.html()).orElseThrow(() -> notFound(id)));
    }

    @PostMapping("/reports/{id}/refresh")
    @Operation(summary = "Compute a draft's figures again from the records; entered figures stay")
    ReportView refresh(@PathVariable UUID id) {
        return ReportView.of(reports.refresh(id).orElseThrow(() -> notFound(id)));
    }

    @PostMapping("/reports/{id}/submission")
    @Operation(summary = "Submit a draft (or a returned report) to the Standing Committee (tenant administrators)")
    ReportView submit(@PathVariable UUID id, @Valid @RequestBody(required = false) CommentRequest request) {
        return ReportView.of(workflow.submit(id, request == null ? null : request.comment()).orElseThrow(() -> notFound(id)));
    }

    @PostMapping("/reports/{id}/withdrawal")
    @Operation(summary = "Take a submitted report back to draft for the Standing Committee's changes (tenant administrators)")
    ReportView withdraw(@PathVariable UUID id, @Valid @RequestBody(required = false) CommentRequest request) {
        return ReportView.of(workflow.withdraw(id, request == null ? null : request.comment()).orElseThrow(() -> notFound(id)));
    }

    @PostMapping("/reports/{id}/approval")
    @Operation(summary = "Record the Standing Committee's approval given at a meeting on paper: the meeting's date (past or "
            + "today) and its minutes, both required; who recorded it is kept (tenant editors and administrators)")
    ReportView approve(@PathVariable UUID id, @Valid @RequestBody ApprovalRequest request, Authentication authentication) {
        return ReportView.of(workflow.approve(id, request.meetingDate(), request.minutes(), name(authentication),
                request.comment()).orElseThrow(() -> notFound(id)));
    }

    @PostMapping("/reports/{id}/chair-approval")
    @Operation(summary = "Approve a submitted report as the Standing Committee's chairman (tenant-approver): the chairman's "
            + "name and the moment are kept")
    ReportView approveAsChair(@PathVariable UUID id, @Valid @RequestBody(required = false) CommentRequest request,
                              Authentication authentication) {
        return ReportView.of(workflow.approveAsChair(id, name(authentication), request == null ? null : request.comment())
                .orElseThrow(() -> notFound(id)));
    }

    @PostMapping("/reports/{id}/sending")
    @Operation(summary = "Send an approved report to the national union (tenant administrators); refused (422, naming "
            + "sections.<SECTION>) while a required section (ORGANISATION, DIFFICULTIES, NEXT_TASKS) is empty")
    ReportView send(@PathVariable UUID id) {
        return ReportView.of(workflow.send(id).orElseThrow(() -> notFound(id)));
    }

    @PostMapping("/reports/{id}/recall")
    @Operation(summary = "Take a sent report back (to approved) while no national reviewer has opened it (tenant administrators)")
    ReportView recall(@PathVariable UUID id, @Valid @RequestBody(required = false) CommentRequest request) {
        return ReportView.of(workflow.recall(id, request == null ? null : request.comment()).orElseThrow(() -> notFound(id)));
    }

    /** The user's name as Keycloak gives it (family name first), else the login. */
    static String name(Authentication authentication) {
        return PlatformUser.of(authentication)
                .map(u -> u.displayName() == null || u.displayName().isBlank() ? u.username() : u.displayName())
                .orElse(null);
    }

    static RefusedException notFound(UUID id) {
        return RefusedException.notFound("report", id);
    }

    // The national union's review of one province's report: read it (national read scope), accept it, return it for
    // revision with a comment, or reopen an accepted one with a reason (national reviewers). The moves are written in
    // the province's own scope, so its audit log records who made them.
    record ReasonRequest(@Size(max = 2000) String reason) {
    }

    @GetMapping("/national/reports/{tenantId}/{reportId}")
    @Operation(summary = "A province's report with its figures, sections and history; a reviewer's first reading of a "
            + "sent report is recorded (the union can no longer take it back)")
    ReportView nationalReport(@PathVariable UUID tenantId, @PathVariable UUID reportId, Authentication authentication) {
        reports.find(tenantId, reportId).orElseThrow(() -> ReportsApiController.notFound(reportId));
        if (PlatformUser.of(authentication).map(u -> u.hasRole(Roles.NATIONAL_REVIEWER)).orElse(false)) {
            workflow.opened(tenantId, reportId);
        }
        return ReportView.of(reports.find(tenantId, reportId).orElseThrow(() -> ReportsApiController.notFound(reportId)));
    }

    @PostMapping("/national/reports/{tenantId}/{reportId}/acceptance")
    @Operation(summary = "Accept a sent report (national reviewers); it is locked from then on")
    ReportView accept(@PathVariable UUID tenantId, @PathVariable UUID reportId,
                      @Valid @RequestBody(required = false) CommentRequest request) {
        return ReportView.of(workflow.accept(tenantId, reportId, request == null ? null : request.comment())
                .orElseThrow(() -> ReportsApiController.notFound(reportId)));
    }

    @PostMapping("/national/reports/{tenantId}/{reportId}/return")
    @Operation(summary = "Return a sent report for revision with a comment, which is required, and comments on single "
            + "figures and sections (national reviewers)")
    ReportView returnForRevision(@PathVariable UUID tenantId, @PathVariable UUID reportId,
                                 @Valid @RequestBody(required = false) ReturnRequest request) {
        ReturnRequest asked = request == null ? new ReturnRequest(null, null, null) : request;
        return ReportView.of(workflow.returnForRevision(tenantId, reportId, asked.comment(), asked.figureComments(),
                        asked.sectionComments())
                .orElseThrow(() -> ReportsApiController.notFound(reportId)));
    }

    @PostMapping("/national/reports/{tenantId}/{reportId}/reopening")
    @Operation(summary = "Reopen an accepted report with a reason, which is required: it goes back to the province as returned")
    ReportView reopen(@PathVariable UUID tenantId, @PathVariable UUID reportId,
                      @Valid @RequestBody(required = false) ReasonRequest request) {
        return ReportView.of(workflow.reopen(tenantId, reportId, request == null ? null : request.reason())
                .orElseThrow(() -> ReportsApiController.notFound(reportId)));
    }
}
