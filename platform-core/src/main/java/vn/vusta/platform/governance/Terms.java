package vn.vusta.platform.governance;

import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Select;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.platform.audit.AuditLog;
import vn.vusta.platform.db.jooq.tables.records.GovernanceMandateRecord;
import vn.vusta.platform.db.jooq.tables.records.GovernanceTermRecord;
import vn.vusta.platform.tenancy.AccessScope;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.jooq.impl.DSL.select;
import static vn.vusta.platform.db.jooq.Tables.GOVERNANCE_BODY;
import static vn.vusta.platform.db.jooq.Tables.GOVERNANCE_MANDATE;
import static vn.vusta.platform.db.jooq.Tables.GOVERNANCE_TERM;

/**
 * The terms (nhiệm kỳ) of the current tenant's union. A union has one term at a time: the congress that opens a
 * term ends the running one that day, with every seat still held in it. Every change is audited in its transaction.
 */
@Service
public class Terms {

    private final DSLContext db;
    private final AuditLog audit;

    Terms(DSLContext db, AuditLog audit) {
        this.db = db;
        this.audit = audit;
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<Term> list() {
        return db.selectFrom(GOVERNANCE_TERM).orderBy(GOVERNANCE_TERM.STARTS_ON.desc()).fetch(Terms::toTerm);
    }

    @Transactional(readOnly = true)
    public Optional<Term> find(UUID id) {
        return db.selectFrom(GOVERNANCE_TERM).where(GOVERNANCE_TERM.ID.eq(id)).fetchOptional(Terms::toTerm);
    }

    /**
     * Records a term opened by a congress. A term still running that began earlier ends that day (its seats end
     * with the reason "term ended" and the congress as the decision); any other term that runs on or after that day
     * is refused as overlapping.
     */
    @Transactional
    public Term create(TermDraft draft) {
        if (draft.endYear() <= draft.startYear()) {
            throw Refusal.TERM_YEARS_OUT_OF_ORDER.refused();
        }
        try {
            LocalDate day = draft.startsOn();
            List<GovernanceTermRecord> runningOnOrAfter = db.selectFrom(GOVERNANCE_TERM)
                    .where(GOVERNANCE_TERM.ENDS_ON.isNull().or(GOVERNANCE_TERM.ENDS_ON.gt(day)))
                    .forUpdate()
                    .fetch();
            if (!runningOnOrAfter.isEmpty()) {
                GovernanceTermRecord running = runningOnOrAfter.getFirst();
                boolean endedByThisCongress = runningOnOrAfter.size() == 1 && running.getEndsOn() == null
                        && running.getStartsOn().isBefore(day) && !hasMandatesFrom(running.getId(), day);
                if (!endedByThisCongress) {
                    throw Refusal.TERM_OVERLAPS.refused();
                }
                end(running, day, new Decision(null, day, draft.congress()));
            }
            GovernanceTermRecord created = db.insertInto(GOVERNANCE_TERM)
                    .set(GOVERNANCE_TERM.TENANT_ID, AccessScope.currentTenant().id())
                    .set(GOVERNANCE_TERM.NAME, "Nhiệm kỳ " + draft.startYear() + "–" + draft.endYear())
                    .set(GOVERNANCE_TERM.START_YEAR, (short) draft.startYear())
                    .set(GOVERNANCE_TERM.END_YEAR, (short) draft.endYear())
                    .set(GOVERNANCE_TERM.CONGRESS, draft.congress())
                    .set(GOVERNANCE_TERM.STARTS_ON, day)
                    .returning()
                    .fetchSingle();
            audit.record("governance-term.created", null, created, created.getId());
            return toTerm(created);
        } catch (DataAccessException | org.jooq.exception.DataAccessException e) {
            throw Refusal.translated(e);
        }
    }

    /**
     * Ends a running term without a successor recorded here (the union merged into another, say): every seat still
     * held ends that day with the reason "term ended" and the decision given. Empty when there is no such term.
     */
    @Transactional
    public Optional<Term> end(UUID id, LocalDate endsOn, Decision decision) {
        Optional<GovernanceTermRecord> term = db.selectFrom(GOVERNANCE_TERM).where(GOVERNANCE_TERM.ID.eq(id))
                .forUpdate().fetchOptional();
        if (term.isEmpty()) {
            return Optional.empty();
        }
        if (term.get().getEndsOn() != null) {
            throw Refusal.TERM_ENDED_ALREADY.refused();
        }
        if (!endsOn.isAfter(term.get().getStartsOn())) {
            throw Refusal.TERM_END_BEFORE_START.refused();
        }
        if (hasMandatesFrom(id, endsOn)) {
            throw Refusal.TERM_END_BEFORE_MANDATES.refused();
        }
        try {
            return Optional.of(toTerm(end(term.get(), endsOn, decision)));
        } catch (DataAccessException | org.jooq.exception.DataAccessException e) {
            throw Refusal.translated(e);
        }
    }

    /** Whether a mandate of the term starts on or after the day, or ends after it: a term cannot end before them. */
    private boolean hasMandatesFrom(UUID termId, LocalDate day) {
        return db.fetchExists(GOVERNANCE_MANDATE, GOVERNANCE_MANDATE.BODY_ID.in(bodiesOf(termId))
                .and(GOVERNANCE_MANDATE.STARTS_ON.ge(day).or(GOVERNANCE_MANDATE.ENDS_ON.gt(day))));
    }

    private GovernanceTermRecord end(GovernanceTermRecord term, LocalDate day, Decision decision) {
        var stillHeld = GOVERNANCE_MANDATE.BODY_ID.in(bodiesOf(term.getId())).and(GOVERNANCE_MANDATE.ENDS_ON.isNull());
        Map<UUID, GovernanceMandateRecord> before = db.selectFrom(GOVERNANCE_MANDATE).where(stillHeld).forUpdate()
                .fetchMap(GOVERNANCE_MANDATE.ID);
        List<GovernanceMandateRecord> ended = db.update(GOVERNANCE_MANDATE)
                .set(GOVERNANCE_MANDATE.ENDS_ON, day)
                .set(GovernanceColumns.END_REASON, MandateEnd.TERM_ENDED)
                .set(GOVERNANCE_MANDATE.END_DECISION_NUMBER, decision.number())
                .set(GOVERNANCE_MANDATE.END_DECISION_DATE, decision.date())
                .set(GOVERNANCE_MANDATE.END_DECISION, decision.text())
                .where(stillHeld)
                .returning()
                .fetch();
        for (GovernanceMandateRecord after : ended) {
            audit.record("governance-mandate.ended", before.get(after.getId()), after, after.getId());
        }
        GovernanceTermRecord after = db.update(GOVERNANCE_TERM).set(GOVERNANCE_TERM.ENDS_ON, day)
                .where(GOVERNANCE_TERM.ID.eq(term.getId()))
                .returning()
                .fetchSingle();
        audit.record("governance-term.ended", term, after, term.getId());
        return after;
    }

    private static Select<Record1<UUID>> bodiesOf(UUID termId) {
        return select(GOVERNANCE_BODY.ID).from(GOVERNANCE_BODY).where(GOVERNANCE_BODY.TERM_ID.eq(termId));
    }

    static Term toTerm(GovernanceTermRecord r) {
        return new Term(r.getId(), r.getName(), r.getStartYear(), r.getEndYear(), r.getCongress(), r.getStartsOn(),
                r.getEndsOn());
    }
}
