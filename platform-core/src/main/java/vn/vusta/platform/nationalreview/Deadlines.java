package vn.vusta.platform.nationalreview;

import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.platform.identity.Actor;
import vn.vusta.platform.audit.NationalAuditLog;
import vn.vusta.platform.db.jooq.tables.records.DeadlineExceptionRecord;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.reportingcalendar.ReportingPeriod;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static vn.vusta.platform.db.jooq.Tables.DEADLINE_EXCEPTION;
import static vn.vusta.platform.db.jooq.Tables.REPORTING_PERIOD;
import static vn.vusta.platform.db.jooq.Tables.UNION_TENURE;

/**
 * When a period's reports are due, beyond its deadline: the late window of the period (grace days after the deadline
 * a report still counts as on time) and the exceptions the national union grants to one union for one period (its
 * report is due on another day, for a reason). National data: every change goes to the national audit log.
 */
@Service
public class Deadlines {

    /** An exception granted to one union (its tenure id, the tenant's id) for one period. */
    public record Exception(UUID id, UUID unionId, String unionName, LocalDate dueOn, String reason, String grantedBy,
                            OffsetDateTime grantedAt) {
    }

    /** A period's late window and exceptions by union. */
    public record Due(int graceDays, Map<UUID, Exception> exceptions) {
    }

    static final int MAX_GRACE_DAYS = 90;

    private final DSLContext db;
    private final NationalAuditLog audit;

    Deadlines(DSLContext db, NationalAuditLog audit) {
        this.db = db;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Due due(ReportingPeriod period) {
        Short grace = db.select(REPORTING_PERIOD.GRACE_DAYS).from(REPORTING_PERIOD).where(REPORTING_PERIOD.ID.eq(period.id()))
                .fetchOne(REPORTING_PERIOD.GRACE_DAYS);
        var exceptions = new HashMap<UUID, Exception>();
        for (Exception e : exceptions(period)) {
            exceptions.put(e.unionId(), e);
        }
        return new Due(grace == null ? 0 : grace, Map.copyOf(exceptions));
    }

    @Transactional(readOnly = true)
    public List<Exception> exceptions(ReportingPeriod period) {
        return db.select(DEADLINE_EXCEPTION.ID, DEADLINE_EXCEPTION.UNION_ID, UNION_TENURE.NAME, DEADLINE_EXCEPTION.DUE_ON,
                        DEADLINE_EXCEPTION.REASON, DEADLINE_EXCEPTION.GRANTED_BY, DEADLINE_EXCEPTION.GRANTED_AT)
                .from(DEADLINE_EXCEPTION).join(UNION_TENURE).on(UNION_TENURE.ID.eq(DEADLINE_EXCEPTION.UNION_ID))
                .where(DEADLINE_EXCEPTION.PERIOD_ID.eq(period.id()))
                .orderBy(UNION_TENURE.PROVINCE_CODE)
                .fetch(r -> new Exception(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7()));
    }

    /** Sets the period's late window. */
    @Transactional
    public int setGraceDays(ReportingPeriod period, Integer days) {
        if (days == null || days < 0 || days > MAX_GRACE_DAYS) {
            throw RefusedException.invalid("graceDays", "review.deadlines.refusal.grace-out-of-range", MAX_GRACE_DAYS);
        }
        var before = db.selectFrom(REPORTING_PERIOD).where(REPORTING_PERIOD.ID.eq(period.id())).fetchSingle();
        var after = before.copy();
        after.setId(before.getId());
        after.setGraceDays(days.shortValue());
        db.update(REPORTING_PERIOD).set(REPORTING_PERIOD.GRACE_DAYS, days.shortValue())
                .where(REPORTING_PERIOD.ID.eq(period.id())).execute();
        audit.record("reporting-period.grace-days-set", before, after, period.id());
        return days;
    }

    /** Grants (or changes) one union's exception for the period: its report is due on dueOn. */
    @Transactional
    public Exception grant(ReportingPeriod period, UUID unionId, LocalDate dueOn, String reason) {
        if (unionId == null || !db.fetchExists(UNION_TENURE, UNION_TENURE.ID.eq(unionId))) {
            throw RefusedException.invalid("unionId", "review.deadlines.refusal.union-unknown");
        }
        if (dueOn == null || dueOn.isBefore(period.deadline())) {
            throw RefusedException.invalid("dueOn", "review.deadlines.refusal.due-before-deadline",
                    period.deadline().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        }
        if (reason == null || reason.isBlank()) {
            throw RefusedException.invalid("reason", "review.deadlines.refusal.reason-missing");
        }
        DeadlineExceptionRecord before = db.selectFrom(DEADLINE_EXCEPTION)
                .where(DEADLINE_EXCEPTION.PERIOD_ID.eq(period.id()), DEADLINE_EXCEPTION.UNION_ID.eq(unionId)).fetchOne();
        DeadlineExceptionRecord after = db.insertInto(DEADLINE_EXCEPTION)
                .set(DEADLINE_EXCEPTION.PERIOD_ID, period.id())
                .set(DEADLINE_EXCEPTION.UNION_ID, unionId)
                .set(DEADLINE_EXCEPTION.DUE_ON, dueOn)
                .set(DEADLINE_EXCEPTION.REASON, reason.strip())
                .set(DEADLINE_EXCEPTION.GRANTED_BY, Actor.current().username())
                .onConflict(DEADLINE_EXCEPTION.PERIOD_ID, DEADLINE_EXCEPTION.UNION_ID).doUpdate()
                .set(DEADLINE_EXCEPTION.DUE_ON, dueOn)
                .set(DEADLINE_EXCEPTION.REASON, reason.strip())
                .set(DEADLINE_EXCEPTION.GRANTED_BY, Actor.current().username())
                .set(DEADLINE_EXCEPTION.GRANTED_AT, OffsetDateTime.now())
                .returning().fetchSingle();
        audit.record(before == null ? "deadline-exception.granted" : "deadline-exception.changed", before, after, after.getId());
        return exceptions(period).stream().filter(e -> e.id().equals(after.getId())).findFirst().orElseThrow();
    }

    /** Withdraws an exception; false when the period has none of that id. */
    @Transactional
    public boolean withdraw(ReportingPeriod period, UUID id) {
        DeadlineExceptionRecord before = db.selectFrom(DEADLINE_EXCEPTION)
                .where(DEADLINE_EXCEPTION.PERIOD_ID.eq(period.id()), DEADLINE_EXCEPTION.ID.eq(id)).fetchOne();
        if (before == null) {
            return false;
        }
        db.deleteFrom(DEADLINE_EXCEPTION).where(DEADLINE_EXCEPTION.ID.eq(id)).execute();
        audit.record("deadline-exception.withdrawn", before, null, id);
        return true;
    }
}
