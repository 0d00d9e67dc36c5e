package vn.vusta.platform.reports.web;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.vusta.platform.reports.Report;
import vn.vusta.platform.reports.ReportRounds;
import vn.vusta.platform.reports.Reports;
import vn.vusta.platform.refusal.RefusedException;

import java.util.List;
import java.util.UUID;

/**
 * The rounds of a report: what was sent each time, the reviewer's comments on the figures and sections of the round
 * last returned (the union reads them beside its figures), and what changed since the round returned.
 */
@RestController
@RequestMapping("/api/v1")
class ReportRoundsApiController {

    private final Reports reports;
    private final ReportRounds rounds;

    ReportRoundsApiController(Reports reports, ReportRounds rounds) {
        this.reports = reports;
        this.rounds = rounds;
    }

    @GetMapping("/reports/{id}/return-comments")
    @Operation(summary = "The national reviewer's comments on single figures and sections at the latest return")
    ReportRounds.ReturnComments returnComments(@PathVariable UUID id) {
        return rounds.lastReturnComments(reports.find(id).orElseThrow(() -> ReportsApiController.notFound(id)));
    }

    @GetMapping("/reports/{id}/rounds")
    @Operation(summary = "What the union sent each time, oldest first")
    List<ReportRounds.Round> ownRounds(@PathVariable UUID id) {
        Report report = reports.find(id).orElseThrow(() -> ReportsApiController.notFound(id));
        return rounds.rounds(report.tenantId(), report.id());
    }

    @GetMapping("/national/reports/{tenantId}/{reportId}/rounds")
    @Operation(summary = "What the province sent each time, oldest first")
    List<ReportRounds.Round> rounds(@PathVariable UUID tenantId, @PathVariable UUID reportId) {
        Report report = reports.find(tenantId, reportId).orElseThrow(() -> ReportsApiController.notFound(reportId));
        return rounds.rounds(report.tenantId(), report.id());
    }

    @GetMapping("/national/reports/{tenantId}/{reportId}/changes")
    @Operation(summary = "A report sent again after a return: its figures (old → new) and sections (word by word) "
            + "against the round returned, and how many times it was sent")
    ReportRounds.Changes changes(@PathVariable UUID tenantId, @PathVariable UUID reportId) {
        Report report = reports.find(tenantId, reportId).orElseThrow(() -> ReportsApiController.notFound(reportId));
        return rounds.changes(report).orElseThrow(() -> RefusedException.notFound("report-changes", reportId));
    }
}
