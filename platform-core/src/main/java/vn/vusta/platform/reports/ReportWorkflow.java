package vn.vusta.platform.reports;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.platform.audit.AuditLog;
import vn.vusta.platform.calendar.VietnamTime;
import vn.vusta.platform.db.jooq.tables.records.ReportRecord;
import vn.vusta.platform.identity.Actor;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.tenancy.Tenant;
import vn.vusta.platform.tenancy.TenantTransactions;
import vn.vusta.platform.tenancy.Tenants;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import static vn.vusta.platform.db.jooq.Tables.REPORT;
import static vn.vusta.platform.db.jooq.Tables.REPORT_TRANSITION;
import static vn.vusta.platform.db.jooq.Tables.TENANT;

/**
 * The moves of a report: the union submits it to the Standing Committee, which approves it at a meeting (or sends it
 * back to draft), then sends it to the national union, whose reviewers accept it, return it with a comment, or
 * reopen an accepted one with a reason. Each move locks the report, so of two users moving it at once the second
 * finds it moved and is refused; each is written to the report's history, audited and published as
 * {@link ReportTransitioned} in its transaction. A reviewer's move runs in the report's tenant, whose audit log
 * records it. The methods return empty when there is no such report.
 */
@Service
public class ReportWorkflow {

    private final DSLContext db;
    private final Reports reports;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TenantTransactions transactions;

    ReportWorkflow(DSLContext db, Reports reports, AuditLog audit, ApplicationEventPublisher events,
                   TenantTransactions transactions) {
        this.db = db;
        this.reports = reports;
        this.audit = audit;
        this.events = events;
        this.transactions = transactions;
    }

    @Transactional
    public Optional<Report> submit(UUID id, String comment) {
        return move(id, Move.SUBMIT, comment, null);
    }

    @Transactional
    public Optional<Report> withdraw(UUID id, String comment) {
        return move(id, Move.WITHDRAW, comment, null);
    }

    /** The Standing Committee approved the report at its meeting of that day (not a day to come). */
    @Transactional
    public Optional<Report> approve(UUID id, LocalDate meetingDate, String comment) {
        if (meetingDate == null) {
            throw RefusedException.invalid("meetingDate", "reports.refusal.meeting-date-missing");
        }
        if (meetingDate.isAfter(VietnamTime.today())) {
            throw RefusedException.invalid("meetingDate", "reports.refusal.meeting-date-future");
        }
        return move(id, Move.APPROVE, comment, meetingDate);
    }

    @Transactional
    public Optional<Report> send(UUID id) {
        return move(id, Move.SEND, null, null);
    }

    public Optional<Report> accept(UUID tenantId, UUID id, String comment) {
        return inTenant(tenantId, () -> move(id, Move.ACCEPT, comment, null));
    }

    /** Returns a sent report for revision; the comment says what to revise and is required. */
    public Optional<Report> returnForRevision(UUID tenantId, UUID id, String comment) {
        if (comment == null || comment.isBlank()) {
            throw RefusedException.invalid("comment", "reports.refusal.comment-missing");
        }
        return inTenant(tenantId, () -> move(id, Move.RETURN, comment, null));
    }

    /** Reopens an accepted report (back to returned, so the union may revise it); the reason is required. */
    public Optional<Report> reopen(UUID tenantId, UUID id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw RefusedException.invalid("reason", "reports.refusal.reason-for-reopening-missing");
        }
        return inTenant(tenantId, () -> move(id, Move.REOPEN, reason, null));
    }

    private Optional<Report> inTenant(UUID tenantId, Supplier<Optional<Report>> work) {
        Optional<Tenant> tenant = db.selectFrom(TENANT).where(TENANT.ID.eq(tenantId)).fetchOptional(Tenants::toTenant);
        return tenant.flatMap(t -> transactions.inTenant(t, work));
    }

    private Optional<Report> move(UUID id, Move move, String comment, LocalDate meetingDate) {
        Optional<ReportRecord> found = db.selectFrom(REPORT).where(Reports.own(id)).forUpdate().fetchOptional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ReportRecord before = found.get();
        ReportStatus from = before.into(ReportColumns.STATUS).value1();
        if (!move.allowedFrom(from)) {
            throw RefusedException.conflict("status", move.refusal());
        }
        OffsetDateTime now = OffsetDateTime.now();
        Map<Field<?>, Object> values = new HashMap<>();
        switch (move) {
            case APPROVE -> values.put(REPORT.APPROVED_ON, meetingDate);
            case SEND -> values.put(REPORT.SENT_AT, now);
            case ACCEPT -> values.put(REPORT.ACCEPTED_AT, now);
            case REOPEN -> values.put(REPORT.ACCEPTED_AT, null);
            default -> {
            }
        }
        ReportRecord after = db.update(REPORT)
                .set(ReportColumns.STATUS, move.to())
                .set(values)
                .set(REPORT.UPDATED_AT, now)
                .set(REPORT.VERSION, REPORT.VERSION.plus(1))
                // The lock above makes this hold; the condition keeps it so should the lock ever go.
                .where(Reports.own(id), ReportColumns.STATUS.eq(from))
                .returning()
                .fetchOptional()
                .orElseThrow(() -> RefusedException.conflict("status", "reports.refusal.moved-meanwhile"));
        String said = comment == null || comment.isBlank() ? null : comment.strip();
        String actor = Actor.current().username();
        db.insertInto(REPORT_TRANSITION)
                .set(REPORT_TRANSITION.TENANT_ID, before.getTenantId())
                .set(REPORT_TRANSITION.REPORT_ID, id)
                .set(ReportColumns.FROM_STATUS, from)
                .set(ReportColumns.TO_STATUS, move.to())
                .set(REPORT_TRANSITION.ACTOR, actor)
                .set(REPORT_TRANSITION.OCCURRED_AT, now)
                .set(REPORT_TRANSITION.COMMENT, said)
                .set(REPORT_TRANSITION.MEETING_DATE, meetingDate)
                .execute();
        audit.record("report." + move.done(), before, after, id);
        events.publishEvent(new ReportTransitioned(before.getTenantId(), id, before.getPeriodId(), from, move.to(), actor, said));
        return reports.load(Reports.own(id));
    }
}
