package vn.vusta.platform.reports.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.vusta.platform.reports.ReportWorkflow;
import vn.vusta.platform.reports.Reports;

import java.util.UUID;

/**
 * The national union's review of one province's report: read it (national read scope), accept it, return it for
 * revision with a comment, or reopen an accepted one with a reason (national reviewers). The moves are written in the
 * province's own scope, so its audit log records who made them.
 */
@RestController
@RequestMapping("/api/v1/national/reports/{tenantId}/{reportId}")
class NationalReportsApiController {

    record CommentRequest(@Size(max = 2000) String comment) {
    }

    record ReasonRequest(@Size(max = 2000) String reason) {
    }

    private final Reports reports;
    private final ReportWorkflow workflow;

    NationalReportsApiController(Reports reports, ReportWorkflow workflow) {
        this.reports = reports;
        this.workflow = workflow;
    }

    @GetMapping
    @Operation(summary = "A province's report with its figures, sections and history")
    ReportView get(@PathVariable UUID tenantId, @PathVariable UUID reportId) {
        return ReportView.of(reports.find(tenantId, reportId).orElseThrow(() -> ReportsApiController.notFound(reportId)));
    }

    @PostMapping("/acceptance")
    @Operation(summary = "Accept a sent report (national reviewers); it is locked from then on")
    ReportView accept(@PathVariable UUID tenantId, @PathVariable UUID reportId,
                      @Valid @RequestBody(required = false) CommentRequest request) {
        return ReportView.of(workflow.accept(tenantId, reportId, request == null ? null : request.comment())
                .orElseThrow(() -> ReportsApiController.notFound(reportId)));
    }

    @PostMapping("/return")
    @Operation(summary = "Return a sent report for revision with a comment, which is required (national reviewers)")
    ReportView returnForRevision(@PathVariable UUID tenantId, @PathVariable UUID reportId,
                                 @Valid @RequestBody(required = false) CommentRequest request) {
        return ReportView.of(workflow.returnForRevision(tenantId, reportId, request == null ? null : request.comment())
                .orElseThrow(() -> ReportsApiController.notFound(reportId)));
    }

    @PostMapping("/reopening")
    @Operation(summary = "Reopen an accepted report with a reason, which is required: it goes back to the province as returned")
    ReportView reopen(@PathVariable UUID tenantId, @PathVariable UUID reportId,
                      @Valid @RequestBody(required = false) ReasonRequest request) {
        return ReportView.of(workflow.reopen(tenantId, reportId, request == null ? null : request.reason())
                .orElseThrow(() -> ReportsApiController.notFound(reportId)));
    }
}
