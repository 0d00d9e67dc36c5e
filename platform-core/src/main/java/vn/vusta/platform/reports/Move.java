package vn.vusta.platform.reports;

import java.util.Locale;
import java.util.Set;

import static vn.vusta.platform.reports.ReportStatus.ACCEPTED;
import static vn.vusta.platform.reports.ReportStatus.APPROVED;
import static vn.vusta.platform.reports.ReportStatus.DRAFT;
import static vn.vusta.platform.reports.ReportStatus.RETURNED;
import static vn.vusta.platform.reports.ReportStatus.SENT;
import static vn.vusta.platform.reports.ReportStatus.SUBMITTED;

/** The moves of a report's workflow, from which statuses each may be made, and where it leads. */
enum Move {
    SUBMIT(Set.of(DRAFT, RETURNED), SUBMITTED, "submitted"),
    // The Standing Committee sends the draft back for changes before approving it (dự thảo … thảo luận, chỉnh sửa),
    // or the secretariat finds, before sending, that an approved report lacks something (a required section): the
    // approval is then undone and given again.
    WITHDRAW(Set.of(SUBMITTED, APPROVED), DRAFT, "withdrawn"),
    // The secretariat records an approval given at a meeting, on paper (date and minutes).
    APPROVE(Set.of(SUBMITTED), APPROVED, "approved"),
    // The Standing Committee's chairman approves in the platform.
    APPROVE_AS_CHAIR(Set.of(SUBMITTED), APPROVED, "approved-by-chair"),
    SEND(Set.of(APPROVED), SENT, "sent"),
    // The union takes a sent report back while no national reviewer has opened it.
    RECALL(Set.of(SENT), APPROVED, "recalled"),
    ACCEPT(Set.of(SENT), ACCEPTED, "accepted"),
    RETURN(Set.of(SENT), RETURNED, "returned"),
    REOPEN(Set.of(ACCEPTED), RETURNED, "reopened");

    private final Set<ReportStatus> from;
    private final ReportStatus to;
    private final String done;

    Move(Set<ReportStatus> from, ReportStatus to, String done) {
        this.from = from;
        this.to = to;
        this.done = done;
    }

    boolean allowedFrom(ReportStatus status) {
        return from.contains(status);
    }

    ReportStatus to() {
        return to;
    }

    /** The audit action's suffix ({@code report.submitted}). */
    String done() {
        return done;
    }

    /** The message key refusing the move from a status it cannot be made from. */
    String refusal() {
        return "reports.refusal.cannot-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
