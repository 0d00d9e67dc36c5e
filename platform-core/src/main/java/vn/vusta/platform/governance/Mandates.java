package vn.vusta.platform.governance;

import org.jooq.DSLContext;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.platform.audit.AuditLog;
import vn.vusta.platform.calendar.VietnamTime;
import vn.vusta.platform.db.jooq.tables.records.GovernanceMandateRecord;
import vn.vusta.platform.tenancy.AccessScope;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static vn.vusta.platform.db.jooq.Tables.GOVERNANCE_BODY;
import static vn.vusta.platform.db.jooq.Tables.GOVERNANCE_MANDATE;
import static vn.vusta.platform.db.jooq.Tables.GOVERNANCE_TERM;

/**
 * The seats of the bodies, held by members under mandates: a mandate starts (elected at the congress, by a
 * supplementary election, appointed) and ends (resignation, transfer, end of the term, …), each with the decision or
 * meeting that made it. A term's mandates are its history.
 */
@Service
public class Mandates {

    private final DSLContext db;
    private final SeatCandidates candidates;
    private final AuditLog audit;

    Mandates(DSLContext db, SeatCandidates candidates, AuditLog audit) {
        this.db = db;
        this.candidates = candidates;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Optional<Mandate> find(UUID id) {
        return MandateRows.fetch(db, GOVERNANCE_MANDATE.ID.eq(id), VietnamTime.today()).stream().findFirst();
    }

    /**
     * A member takes a seat of a body; empty when there is no such body. A supplementary election may name the
     * ended mandate of the same body whose seat it fills.
     */
    @Transactional
    public Optional<Mandate> start(UUID bodyId, MandateDraft draft) {
        if (!db.fetchExists(GOVERNANCE_BODY, GOVERNANCE_BODY.ID.eq(bodyId))) {
            return Optional.empty();
        }
        if (candidates.find(draft.memberId()).isEmpty()) {
            throw Refusal.MEMBER_UNAVAILABLE.refused();
        }
        if (draft.replacesMandateId() != null && !db.fetchExists(GOVERNANCE_MANDATE,
                GOVERNANCE_MANDATE.ID.eq(draft.replacesMandateId()).and(GOVERNANCE_MANDATE.BODY_ID.eq(bodyId))
                        .and(GOVERNANCE_MANDATE.ENDS_ON.le(draft.startsOn())))) {
            throw Refusal.REPLACED_MANDATE_NOT_VACATED.refused();
        }
        try {
            GovernanceMandateRecord created = db.insertInto(GOVERNANCE_MANDATE)
                    .set(GOVERNANCE_MANDATE.TENANT_ID, AccessScope.currentTenant().id())
                    .set(GOVERNANCE_MANDATE.BODY_ID, bodyId)
                    .set(GOVERNANCE_MANDATE.MEMBER_ID, draft.memberId())
                    .set(GovernanceColumns.POSITION, draft.position())
                    .set(GOVERNANCE_MANDATE.STARTS_ON, draft.startsOn())
                    .set(GovernanceColumns.START_KIND, draft.startKind())
                    .set(GOVERNANCE_MANDATE.START_DECISION_NUMBER, draft.decision().number())
                    .set(GOVERNANCE_MANDATE.START_DECISION_DATE, draft.decision().date())
                    .set(GOVERNANCE_MANDATE.START_DECISION, draft.decision().text())
                    .set(GOVERNANCE_MANDATE.REPLACES_MANDATE_ID, draft.replacesMandateId())
                    .returning()
                    .fetchSingle();
            audit.record("governance-mandate.started", null, created, created.getId());
            return find(created.getId());
        } catch (DataAccessException | org.jooq.exception.DataAccessException e) {
            throw Refusal.translated(e);
        }
    }

    /** Ends a mandate that is still held; empty when there is no such mandate. */
    @Transactional
    public Optional<Mandate> end(UUID id, MandateEnding ending) {
        Optional<GovernanceMandateRecord> before = db.selectFrom(GOVERNANCE_MANDATE).where(GOVERNANCE_MANDATE.ID.eq(id))
                .forUpdate().fetchOptional();
        if (before.isEmpty()) {
            return Optional.empty();
        }
        if (before.get().getEndsOn() != null) {
            throw Refusal.MANDATE_ENDED_ALREADY.refused();
        }
        if (!ending.endsOn().isAfter(before.get().getStartsOn())) {
            throw Refusal.MANDATE_END_BEFORE_START.refused();
        }
        try {
            GovernanceMandateRecord after = db.update(GOVERNANCE_MANDATE)
                    .set(GOVERNANCE_MANDATE.ENDS_ON, ending.endsOn())
                    .set(GovernanceColumns.END_REASON, ending.reason())
                    .set(GOVERNANCE_MANDATE.END_DECISION_NUMBER, ending.decision().number())
                    .set(GOVERNANCE_MANDATE.END_DECISION_DATE, ending.decision().date())
                    .set(GOVERNANCE_MANDATE.END_DECISION, ending.decision().text())
                    .where(GOVERNANCE_MANDATE.ID.eq(id))
                    .returning()
                    .fetchSingle();
            audit.record("governance-mandate.ended", before.get(), after, id);
            return find(id);
        } catch (DataAccessException | org.jooq.exception.DataAccessException e) {
            throw Refusal.translated(e);
        }
    }

    /**
     * Removes a mandate recorded by mistake (the audit log keeps it); false when there is no such mandate. A mandate
     * whose seat a later one fills stays until that one is removed.
     */
    @Transactional
    public boolean delete(UUID id) {
        Optional<GovernanceMandateRecord> before = db.selectFrom(GOVERNANCE_MANDATE).where(GOVERNANCE_MANDATE.ID.eq(id))
                .forUpdate().fetchOptional();
        if (before.isEmpty()) {
            return false;
        }
        if (db.fetchExists(GOVERNANCE_MANDATE, GOVERNANCE_MANDATE.REPLACES_MANDATE_ID.eq(id))) {
            throw Refusal.MANDATE_REPLACED.refused();
        }
        db.deleteFrom(GOVERNANCE_MANDATE).where(GOVERNANCE_MANDATE.ID.eq(id)).execute();
        audit.record("governance-mandate.deleted", before.get(), null, id);
        return true;
    }

    /**
     * The history of a term, newest first: the changes grouped by the day and the decision or meeting that made
     * them, within one group the ends before the starts. Empty when there is no such term.
     */
    @Transactional(readOnly = true)
    public Optional<List<ChangeSet>> history(UUID termId) {
        if (!db.fetchExists(GOVERNANCE_TERM, GOVERNANCE_TERM.ID.eq(termId))) {
            return Optional.empty();
        }
        var changes = new ArrayList<Change>();
        for (Mandate mandate : MandateRows.fetch(db, GOVERNANCE_BODY.TERM_ID.eq(termId), VietnamTime.today())) {
            changes.add(new Change(Change.Kind.START, mandate));
            if (mandate.endsOn() != null) {
                changes.add(new Change(Change.Kind.END, mandate));
            }
        }
        changes.sort(Comparator.comparing(Mandates::day).reversed()
                .thenComparing(Change::kind)
                .thenComparing(c -> c.mandate().body())
                .thenComparing(c -> c.mandate().position()));
        Map<List<Object>, List<Change>> groups = new LinkedHashMap<>();
        for (Change change : changes) {
            groups.computeIfAbsent(List.of(day(change), decision(change)), key -> new ArrayList<>()).add(change);
        }
        return Optional.of(groups.entrySet().stream()
                .map(group -> new ChangeSet((LocalDate) group.getKey().get(0), (Decision) group.getKey().get(1),
                        List.copyOf(group.getValue())))
                .toList());
    }

    private static LocalDate day(Change change) {
        return change.kind() == Change.Kind.START ? change.mandate().startsOn() : change.mandate().endsOn();
    }

    private static Decision decision(Change change) {
        return change.kind() == Change.Kind.START ? change.mandate().startDecision() : change.mandate().endDecision();
    }
}
