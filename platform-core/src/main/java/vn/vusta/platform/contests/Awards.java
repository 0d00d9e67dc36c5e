package vn.vusta.platform.contests;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.platform.audit.AuditLog;
import vn.vusta.platform.db.jooq.tables.records.ContestEditionRecord;
import vn.vusta.platform.db.jooq.tables.records.ContestNominationRecord;
import vn.vusta.platform.db.jooq.tables.records.ContestPrizeRecord;
import vn.vusta.platform.refusal.ConstraintRefusals;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.tenancy.AccessScope;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static vn.vusta.platform.db.jooq.Tables.CONTEST_EDITION;
import static vn.vusta.platform.db.jooq.Tables.CONTEST_ENTRY;
import static vn.vusta.platform.db.jooq.Tables.CONTEST_NOMINATION;
import static vn.vusta.platform.db.jooq.Tables.CONTEST_PRIZE;

/**
 * What an edition's entries win: its prizes (Nhất, Nhì, Ba, Khuyến khích; one per entry) and the nominations of its
 * entries to national awards (VIFOTEC, Sách vàng Sáng tạo Việt Nam) with what came of them. Every change is audited
 * in its transaction.
 */
@Service
public class Awards {

    private static final ConstraintRefusals REFUSALS = ConstraintRefusals.of(Map.of(
            "contest_prize_entry_key", RefusedException.conflict("entryId", "contests.refusal.prize-twice"),
            "contest_prize_entry_fkey", RefusedException.invalid("entryId", "contests.refusal.entry-not-in-edition"),
            "contest_nomination_once_key", RefusedException.conflict("entryId", "contests.refusal.nomination-twice"),
            "contest_nomination_entry_fkey", RefusedException.invalid("entryId", "contests.refusal.entry-not-in-edition"),
            "contest_nomination_year_plausible", RefusedException.invalid("year", "contests.refusal.year-implausible",
                    String.valueOf(Editions.EARLIEST_YEAR), String.valueOf(Editions.LATEST_YEAR))));

    private final DSLContext db;
    private final AuditLog audit;

    Awards(DSLContext db, AuditLog audit) {
        this.db = db;
        this.audit = audit;
    }

    /** Awards a prize to an entry of the edition; empty when there is no such edition. */
    @Transactional
    public Optional<Prize> award(UUID editionId, PrizeDraft draft) {
        if (!db.fetchExists(CONTEST_EDITION, CONTEST_EDITION.ID.eq(editionId))) {
            return Optional.empty();
        }
        requireEntryOf(editionId, draft.entryId());
        if (db.fetchExists(CONTEST_PRIZE, CONTEST_PRIZE.ENTRY_ID.eq(draft.entryId()))) {
            throw RefusedException.conflict("entryId", "contests.refusal.prize-twice");
        }
        try {
            ContestPrizeRecord created = db.insertInto(CONTEST_PRIZE)
                    .set(CONTEST_PRIZE.TENANT_ID, AccessScope.currentTenant().id())
                    .set(CONTEST_PRIZE.EDITION_ID, editionId)
                    .set(CONTEST_PRIZE.ENTRY_ID, draft.entryId())
                    .set(ContestColumns.GRADE, draft.grade())
                    .set(CONTEST_PRIZE.AWARDED_ON, draft.awardedOn())
                    .set(CONTEST_PRIZE.DECISION, Contests.blankToNull(draft.decision()))
                    .returning()
                    .fetchSingle();
            audit.record("contest-prize.awarded", null, created, created.getId());
            return prizes(CONTEST_PRIZE.ID.eq(created.getId())).stream().findFirst();
        } catch (DataAccessException | org.jooq.exception.DataAccessException e) {
            throw REFUSALS.translated(e);
        }
    }

    /**
     * Forwards an entry of the edition to a national award for a year, not before the edition began; empty when
     * there is no such edition.
     */
    @Transactional
    public Optional<Nomination> nominate(UUID editionId, NominationDraft draft) {
        Optional<ContestEditionRecord> edition = db.selectFrom(CONTEST_EDITION).where(CONTEST_EDITION.ID.eq(editionId))
                .fetchOptional();
        if (edition.isEmpty()) {
            return Optional.empty();
        }
        requireEntryOf(editionId, draft.entryId());
        if (draft.year() < edition.get().getStartYear() || draft.year() > Editions.LATEST_YEAR) {
            throw RefusedException.invalid("year", "contests.refusal.nomination-before-edition",
                    String.valueOf(edition.get().getStartYear()));
        }
        if (db.fetchExists(CONTEST_NOMINATION, CONTEST_NOMINATION.ENTRY_ID.eq(draft.entryId()),
                ContestColumns.AWARD.eq(draft.award()), CONTEST_NOMINATION.YEAR.eq((short) draft.year()))) {
            throw RefusedException.conflict("entryId", "contests.refusal.nomination-twice");
        }
        try {
            ContestNominationRecord created = db.insertInto(CONTEST_NOMINATION)
                    .set(CONTEST_NOMINATION.TENANT_ID, AccessScope.currentTenant().id())
                    .set(CONTEST_NOMINATION.EDITION_ID, editionId)
                    .set(CONTEST_NOMINATION.ENTRY_ID, draft.entryId())
                    .set(ContestColumns.AWARD, draft.award())
                    .set(CONTEST_NOMINATION.YEAR, (short) draft.year())
                    .set(CONTEST_NOMINATION.NOMINATED_ON, draft.nominatedOn())
                    .returning()
                    .fetchSingle();
            audit.record("contest-nomination.created", null, created, created.getId());
            return findNomination(created.getId());
        } catch (DataAccessException | org.jooq.exception.DataAccessException e) {
            throw REFUSALS.translated(e);
        }
    }

    /** Records what came of a nomination; empty when there is no such nomination. */
    @Transactional
    public Optional<Nomination> recordOutcome(UUID nominationId, NominationOutcome outcome) {
        Optional<ContestNominationRecord> before = db.selectFrom(CONTEST_NOMINATION)
                .where(CONTEST_NOMINATION.ID.eq(nominationId)).forUpdate().fetchOptional();
        if (before.isEmpty()) {
            return Optional.empty();
        }
        ContestNominationRecord after = db.update(CONTEST_NOMINATION)
                .set(ContestColumns.RESULT, outcome.result())
                .set(CONTEST_NOMINATION.RESULT_NOTE, Contests.blankToNull(outcome.note()))
                .where(CONTEST_NOMINATION.ID.eq(nominationId))
                .returning()
                .fetchSingle();
        audit.record("contest-nomination.outcome-recorded", before.get(), after, nominationId);
        return findNomination(nominationId);
    }

    @Transactional(readOnly = true)
    public Optional<Nomination> findNomination(UUID id) {
        return nominations(CONTEST_NOMINATION.ID.eq(id)).stream().findFirst();
    }

    /**
     * The nominations of a year (null: every year), newest year first, with how many works went to each award each
     * year and how many were awarded ("02 công trình tham gia Sách vàng Sáng tạo Việt Nam năm 2021").
     */
    @Transactional(readOnly = true)
    public NominationList nominations(Integer year) {
        Condition ofYear = year == null ? DSL.noCondition() : CONTEST_NOMINATION.YEAR.eq(year.shortValue());
        var awarded = DSL.count().filterWhere(ContestColumns.RESULT.eq(NominationResult.AWARDED));
        List<NominationTally> tallies = db.select(CONTEST_NOMINATION.YEAR, ContestColumns.AWARD, DSL.count(), awarded)
                .from(CONTEST_NOMINATION)
                .where(ofYear)
                .groupBy(CONTEST_NOMINATION.YEAR, ContestColumns.AWARD)
                .orderBy(CONTEST_NOMINATION.YEAR.desc(), ContestColumns.AWARD)
                .fetch(r -> new NominationTally(r.value1(), r.value2(), r.value3(), r.value4()));
        return new NominationList(year, tallies, nominations(ofYear));
    }

    List<Prize> prizesOf(UUID editionId) {
        return prizes(CONTEST_PRIZE.EDITION_ID.eq(editionId));
    }

    List<Nomination> nominationsOf(UUID editionId) {
        return nominations(CONTEST_NOMINATION.EDITION_ID.eq(editionId));
    }

    private void requireEntryOf(UUID editionId, UUID entryId) {
        if (entryId == null || !db.fetchExists(CONTEST_ENTRY, CONTEST_ENTRY.ID.eq(entryId), CONTEST_ENTRY.EDITION_ID.eq(editionId))) {
            throw RefusedException.invalid("entryId", "contests.refusal.entry-not-in-edition");
        }
    }

    /** Highest grade first. */
    private List<Prize> prizes(Condition condition) {
        var gradeOrder = DSL.case_(CONTEST_PRIZE.GRADE).mapValues(Map.of(
                PrizeGrade.FIRST.name(), 1, PrizeGrade.SECOND.name(), 2, PrizeGrade.THIRD.name(), 3,
                PrizeGrade.CONSOLATION.name(), 4));
        return db.select(CONTEST_PRIZE.ID, CONTEST_PRIZE.ENTRY_ID, CONTEST_ENTRY.TITLE, ContestColumns.GRADE,
                        CONTEST_PRIZE.AWARDED_ON, CONTEST_PRIZE.DECISION)
                .from(CONTEST_PRIZE)
                .join(CONTEST_ENTRY).on(CONTEST_ENTRY.TENANT_ID.eq(CONTEST_PRIZE.TENANT_ID), CONTEST_ENTRY.ID.eq(CONTEST_PRIZE.ENTRY_ID))
                .where(condition)
                .orderBy(gradeOrder, CONTEST_ENTRY.TITLE)
                .fetch(r -> new Prize(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    /** Newest year first, then by award and title. */
    private List<Nomination> nominations(Condition condition) {
        return db.select(CONTEST_NOMINATION.ID, CONTEST_NOMINATION.EDITION_ID, CONTEST_EDITION.NAME,
                        CONTEST_NOMINATION.ENTRY_ID, CONTEST_ENTRY.TITLE, ContestColumns.AWARD, CONTEST_NOMINATION.YEAR,
                        CONTEST_NOMINATION.NOMINATED_ON, ContestColumns.RESULT, CONTEST_NOMINATION.RESULT_NOTE)
                .from(CONTEST_NOMINATION)
                .join(CONTEST_ENTRY).on(CONTEST_ENTRY.TENANT_ID.eq(CONTEST_NOMINATION.TENANT_ID), CONTEST_ENTRY.ID.eq(CONTEST_NOMINATION.ENTRY_ID))
                .join(CONTEST_EDITION).on(CONTEST_EDITION.TENANT_ID.eq(CONTEST_NOMINATION.TENANT_ID), CONTEST_EDITION.ID.eq(CONTEST_NOMINATION.EDITION_ID))
                .where(condition)
                .orderBy(CONTEST_NOMINATION.YEAR.desc(), CONTEST_NOMINATION.AWARD, CONTEST_ENTRY.TITLE)
                .fetch(r -> new Nomination(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8(), r.value9(),
                        r.value10()));
    }
}
