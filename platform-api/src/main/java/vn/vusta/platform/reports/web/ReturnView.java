package vn.vusta.platform.reports.web;

import org.springframework.stereotype.Component;
import vn.vusta.platform.reports.Report;
import vn.vusta.platform.reports.ReportRounds;
import vn.vusta.platform.reports.ReportStatus;

import java.util.List;

/**
 * The rounds of a report as its pages show them ({@code @returnView}): the reviewer's comments beside the figures and
 * sections on the union's page, and on the reviewer's page what changed since the round returned. A bean the
 * templates call, so the report pages' controllers stay as they are.
 */
@Component("returnView")
public class ReturnView {

    private final ReportRounds rounds;

    ReturnView(ReportRounds rounds) {
        this.rounds = rounds;
    }

    /** The comments of the latest return while the report is being revised (returned), else none. */
    public ReportRounds.ReturnComments comments(Report report) {
        if (report == null || report.status() != ReportStatus.RETURNED) {
            return ReportRounds.ReturnComments.NONE;
        }
        return rounds.lastReturnComments(report);
    }

    /** What the union sent each time, oldest first. */
    public List<ReportRounds.Round> rounds(Report report) {
        return report == null ? List.of() : rounds.rounds(report.tenantId(), report.id());
    }

    /** What changed since the round returned, or null. */
    public ReportRounds.Changes changes(Report report) {
        return rounds.changes(report).orElse(null);
    }
}
