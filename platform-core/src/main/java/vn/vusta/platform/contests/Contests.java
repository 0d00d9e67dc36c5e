package vn.vusta.platform.contests;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.platform.audit.AuditLog;
import vn.vusta.platform.db.jooq.tables.records.ContestRecord;
import vn.vusta.platform.refusal.ConstraintRefusals;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.tenancy.AccessScope;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static vn.vusta.platform.db.jooq.Tables.CONTEST;
import static vn.vusta.platform.db.jooq.Tables.CONTEST_EDITION;
import static vn.vusta.platform.db.jooq.Tables.CONTEST_ENTRY;
import static vn.vusta.platform.db.jooq.Tables.CONTEST_NOMINATION;
import static vn.vusta.platform.db.jooq.Tables.CONTEST_PRIZE;
import static vn.vusta.platform.db.jooq.Tables.UNIT;

/**
 * The contests of the current tenant's union (hội thi, cuộc thi, and the national awards it runs in its province),
 * each with its editions. Every change is audited in its transaction.
 */
@Service
public class Contests {

    private static final ConstraintRefusals REFUSALS = ConstraintRefusals.of(Map.of(
            "contest_name_key", RefusedException.conflict("name", "contests.refusal.contest-name-taken"),
            "contest_name_present", RefusedException.invalid("name", "contests.refusal.name-missing"),
            "contest_unit_fkey", RefusedException.invalid("unitId", "contests.refusal.unit-unknown")));

    private final DSLContext db;
    private final People people;
    private final AuditLog audit;

    Contests(DSLContext db, People people, AuditLog audit) {
        this.db = db;
        this.people = people;
        this.audit = audit;
    }

    /**
     * The contests of a kind (null: every kind) with their editions that run in a year (null: every edition; a
     * contest without an edition that year is left out), and the totals of those editions.
     */
    @Transactional(readOnly = true)
    public ContestOverview overview(Integer year, ContestKind kind) {
        Condition contests = kind == null ? DSL.noCondition() : ContestColumns.KIND.eq(kind);
        Condition editions = year == null ? DSL.noCondition()
                : CONTEST_EDITION.START_YEAR.le(year.shortValue()).and(CONTEST_EDITION.END_YEAR.ge(year.shortValue()));
        Map<UUID, List<EditionSummary>> byContest = new LinkedHashMap<>();
        for (EditionSummary edition : editions(editions)) {
            byContest.computeIfAbsent(edition.contestId(), id -> new ArrayList<>()).add(edition);
        }
        List<Contest> found = contests(contests).stream()
                .map(c -> withEditions(c, byContest.getOrDefault(c.id(), List.of())))
                .filter(c -> year == null || !c.editions().isEmpty())
                .toList();
        List<EditionSummary> shown = found.stream().flatMap(c -> c.editions().stream()).toList();
        return new ContestOverview(found, shown.size(), shown.stream().mapToInt(EditionSummary::entries).sum(),
                shown.stream().mapToInt(EditionSummary::prizes).sum(),
                shown.stream().mapToInt(EditionSummary::nominations).sum());
    }

    @Transactional(readOnly = true)
    public Optional<Contest> find(UUID id) {
        return contests(CONTEST.ID.eq(id)).stream().findFirst()
                .map(c -> withEditions(c, editions(CONTEST_EDITION.CONTEST_ID.eq(id))));
    }

    @Transactional
    public Contest create(ContestDraft draft) {
        if (draft.name() == null || draft.name().isBlank()) {
            throw RefusedException.invalid("name", "contests.refusal.name-missing");
        }
        people.requireUnit(draft.unitId(), "unitId");
        if (db.fetchExists(CONTEST, CONTEST.NAME.eq(draft.name().strip()))) {
            throw RefusedException.conflict("name", "contests.refusal.contest-name-taken");
        }
        try {
            ContestRecord created = db.insertInto(CONTEST)
                    .set(CONTEST.TENANT_ID, AccessScope.currentTenant().id())
                    .set(CONTEST.NAME, draft.name().strip())
                    .set(ContestColumns.KIND, draft.kind())
                    .set(CONTEST.UNIT_ID, draft.unitId())
                    .set(CONTEST.PARTNER, blankToNull(draft.partner()))
                    .returning()
                    .fetchSingle();
            audit.record("contest.created", null, created, created.getId());
            return find(created.getId()).orElseThrow();
        } catch (DataAccessException | org.jooq.exception.DataAccessException e) {
            throw REFUSALS.translated(e);
        }
    }

    private List<Contest> contests(Condition condition) {
        return db.select(CONTEST.ID, CONTEST.NAME, ContestColumns.KIND, CONTEST.UNIT_ID, UNIT.NAME, CONTEST.PARTNER)
                .from(CONTEST)
                .leftJoin(UNIT).on(UNIT.TENANT_ID.eq(CONTEST.TENANT_ID), UNIT.ID.eq(CONTEST.UNIT_ID))
                .where(condition)
                .orderBy(CONTEST.KIND, CONTEST.NAME.collate("vietnamese"))
                .fetch(r -> new Contest(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), List.of()));
    }

    /** Editions with their counts, newest first. */
    List<EditionSummary> editions(Condition condition) {
        var entries = DSL.selectCount().from(CONTEST_ENTRY).where(CONTEST_ENTRY.TENANT_ID.eq(CONTEST_EDITION.TENANT_ID),
                CONTEST_ENTRY.EDITION_ID.eq(CONTEST_EDITION.ID)).<Integer>asField();
        var prizes = DSL.selectCount().from(CONTEST_PRIZE).where(CONTEST_PRIZE.TENANT_ID.eq(CONTEST_EDITION.TENANT_ID),
                CONTEST_PRIZE.EDITION_ID.eq(CONTEST_EDITION.ID)).<Integer>asField();
        var nominations = DSL.selectCount().from(CONTEST_NOMINATION).where(
                CONTEST_NOMINATION.TENANT_ID.eq(CONTEST_EDITION.TENANT_ID),
                CONTEST_NOMINATION.EDITION_ID.eq(CONTEST_EDITION.ID)).<Integer>asField();
        return db.select(CONTEST_EDITION.ID, CONTEST_EDITION.CONTEST_ID, CONTEST_EDITION.NUMBER, CONTEST_EDITION.START_YEAR,
                        CONTEST_EDITION.END_YEAR, CONTEST_EDITION.NAME, CONTEST_EDITION.LAUNCHED_ON,
                        CONTEST_EDITION.LAUNCH_NOTICE, entries, prizes, nominations)
                .from(CONTEST_EDITION)
                .where(condition)
                .orderBy(CONTEST_EDITION.START_YEAR.desc(), CONTEST_EDITION.END_YEAR.desc(), CONTEST_EDITION.NUMBER.desc())
                .fetch(r -> new EditionSummary(r.value1(), r.value2(), r.value3() == null ? null : r.value3().intValue(),
                        r.value4(), r.value5(), r.value6(), r.value7(), r.value8(), r.value9(), r.value10(), r.value11()));
    }

    private static Contest withEditions(Contest c, List<EditionSummary> editions) {
        return new Contest(c.id(), c.name(), c.kind(), c.unitId(), c.unitName(), c.partner(), List.copyOf(editions));
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
