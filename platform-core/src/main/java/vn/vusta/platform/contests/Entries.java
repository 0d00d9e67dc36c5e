package vn.vusta.platform.contests;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.platform.audit.AuditLog;
import vn.vusta.platform.db.jooq.tables.records.ContestEntryAuthorRecord;
import vn.vusta.platform.db.jooq.tables.records.ContestEntryRecord;
import vn.vusta.platform.db.jooq.tables.records.ContestJudgeRecord;
import vn.vusta.platform.refusal.ConstraintRefusals;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.tenancy.AccessScope;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import static vn.vusta.platform.db.jooq.Tables.CONTEST_EDITION;
import static vn.vusta.platform.db.jooq.Tables.CONTEST_ENTRY;
import static vn.vusta.platform.db.jooq.Tables.CONTEST_ENTRY_AUTHOR;
import static vn.vusta.platform.db.jooq.Tables.CONTEST_JUDGE;
import static vn.vusta.platform.db.jooq.Tables.MEMBER;
import static vn.vusta.platform.db.jooq.Tables.UNIT;

/**
 * The entries of an edition with their authors, and its panel of judges. Authors and judges are members of the
 * registry or people named. Every change is audited in its transaction.
 */
@Service
public class Entries {

    private static final ConstraintRefusals REFUSALS = ConstraintRefusals.of(Map.of(
            "contest_entry_title_key", RefusedException.conflict("title", "contests.refusal.entry-title-taken"),
            "contest_entry_unit_fkey", RefusedException.invalid("unitId", "contests.refusal.unit-unknown"),
            "contest_judge_member_key", RefusedException.conflict("memberId", "contests.refusal.judge-twice"),
            "contest_judge_name_key", RefusedException.conflict("name", "contests.refusal.judge-twice"),
            "contest_judge_member_fkey", RefusedException.invalid("memberId", "contests.refusal.member-unknown")));

    private final DSLContext db;
    private final People people;
    private final AuditLog audit;

    Entries(DSLContext db, People people, AuditLog audit) {
        this.db = db;
        this.people = people;
        this.audit = audit;
    }

    /** Adds an entry to an edition; empty when there is no such edition. */
    @Transactional
    public Optional<ContestEntry> add(UUID editionId, EntryDraft draft) {
        if (!db.fetchExists(CONTEST_EDITION, CONTEST_EDITION.ID.eq(editionId))) {
            return Optional.empty();
        }
        if (draft.title() == null || draft.title().isBlank()) {
            throw RefusedException.invalid("title", "contests.refusal.title-missing");
        }
        String submittedBy = Contests.blankToNull(draft.submittedBy());
        if (draft.unitId() != null && submittedBy != null) {
            throw RefusedException.invalid("submittedBy", "contests.refusal.submitter-both");
        }
        people.requireUnit(draft.unitId(), "unitId");
        if (draft.authors() == null || draft.authors().isEmpty()) {
            throw RefusedException.invalid("authors", "contests.refusal.authors-missing");
        }
        List<PersonDraft> authors = people.checked(draft.authors(), "authors");
        if (db.fetchExists(CONTEST_ENTRY, CONTEST_ENTRY.EDITION_ID.eq(editionId), CONTEST_ENTRY.TITLE.eq(draft.title().strip()))) {
            throw RefusedException.conflict("title", "contests.refusal.entry-title-taken");
        }
        try {
            UUID tenant = AccessScope.currentTenant().id();
            ContestEntryRecord created = db.insertInto(CONTEST_ENTRY)
                    .set(CONTEST_ENTRY.TENANT_ID, tenant)
                    .set(CONTEST_ENTRY.EDITION_ID, editionId)
                    .set(CONTEST_ENTRY.TITLE, draft.title().strip())
                    .set(CONTEST_ENTRY.FIELD, Contests.blankToNull(draft.field()))
                    .set(CONTEST_ENTRY.UNIT_ID, draft.unitId())
                    .set(CONTEST_ENTRY.SUBMITTED_BY, submittedBy)
                    .returning()
                    .fetchSingle();
            audit.record("contest-entry.created", null, created, created.getId());
            for (int i = 0; i < authors.size(); i++) {
                ContestEntryAuthorRecord author = db.insertInto(CONTEST_ENTRY_AUTHOR)
                        .set(CONTEST_ENTRY_AUTHOR.TENANT_ID, tenant)
                        .set(CONTEST_ENTRY_AUTHOR.ENTRY_ID, created.getId())
                        .set(CONTEST_ENTRY_AUTHOR.POSITION, (short) (i + 1))
                        .set(CONTEST_ENTRY_AUTHOR.MEMBER_ID, authors.get(i).memberId())
                        .set(CONTEST_ENTRY_AUTHOR.NAME, authors.get(i).name())
                        .returning()
                        .fetchSingle();
                audit.record("contest-entry.author-added", null, author, created.getId());
            }
            return find(created.getId());
        } catch (DataAccessException | org.jooq.exception.DataAccessException e) {
            throw REFUSALS.translated(e);
        }
    }

    @Transactional(readOnly = true)
    public Optional<ContestEntry> find(UUID id) {
        return entries(CONTEST_ENTRY.ID.eq(id)).stream().findFirst();
    }

    /** Adds a judge to an edition's panel; empty when there is no such edition. */
    @Transactional
    public Optional<Judge> addJudge(UUID editionId, PersonDraft draft) {
        if (!db.fetchExists(CONTEST_EDITION, CONTEST_EDITION.ID.eq(editionId))) {
            return Optional.empty();
        }
        PersonDraft judge = people.checked(draft, "");
        boolean onPanel = judge.memberId() != null
                ? db.fetchExists(CONTEST_JUDGE, CONTEST_JUDGE.EDITION_ID.eq(editionId), CONTEST_JUDGE.MEMBER_ID.eq(judge.memberId()))
                : db.fetchExists(CONTEST_JUDGE, CONTEST_JUDGE.EDITION_ID.eq(editionId), CONTEST_JUDGE.NAME.eq(judge.name()));
        if (onPanel) {
            throw RefusedException.conflict(judge.memberId() != null ? "memberId" : "name", "contests.refusal.judge-twice");
        }
        try {
            ContestJudgeRecord created = db.insertInto(CONTEST_JUDGE)
                    .set(CONTEST_JUDGE.TENANT_ID, AccessScope.currentTenant().id())
                    .set(CONTEST_JUDGE.EDITION_ID, editionId)
                    .set(CONTEST_JUDGE.MEMBER_ID, judge.memberId())
                    .set(CONTEST_JUDGE.NAME, judge.name())
                    .returning()
                    .fetchSingle();
            audit.record("contest-judge.added", null, created, created.getId());
            return judges(CONTEST_JUDGE.ID.eq(created.getId())).stream().findFirst();
        } catch (DataAccessException | org.jooq.exception.DataAccessException e) {
            throw REFUSALS.translated(e);
        }
    }

    /** An edition's entries in the order they were entered. */
    List<ContestEntry> of(UUID editionId) {
        return entries(CONTEST_ENTRY.EDITION_ID.eq(editionId));
    }

    /** An edition's judges in the order they were added. */
    List<Judge> judgesOf(UUID editionId) {
        return judges(CONTEST_JUDGE.EDITION_ID.eq(editionId));
    }

    private List<ContestEntry> entries(Condition condition) {
        List<ContestEntryRecord> rows = db.selectFrom(CONTEST_ENTRY).where(condition)
                .orderBy(CONTEST_ENTRY.CREATED_AT, CONTEST_ENTRY.ID).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(ContestEntryRecord::getId).toList();
        Map<UUID, List<ContestPerson>> authors = new LinkedHashMap<>();
        db.select(CONTEST_ENTRY_AUTHOR.ENTRY_ID, CONTEST_ENTRY_AUTHOR.MEMBER_ID, CONTEST_ENTRY_AUTHOR.NAME,
                        MEMBER.FULL_NAME, MEMBER.STATUS)
                .from(CONTEST_ENTRY_AUTHOR)
                .leftJoin(MEMBER).on(People.memberOf(CONTEST_ENTRY_AUTHOR.TENANT_ID, CONTEST_ENTRY_AUTHOR.MEMBER_ID))
                .where(CONTEST_ENTRY_AUTHOR.ENTRY_ID.in(ids))
                .orderBy(CONTEST_ENTRY_AUTHOR.ENTRY_ID, CONTEST_ENTRY_AUTHOR.POSITION)
                .forEach(r -> authors.computeIfAbsent(r.get(CONTEST_ENTRY_AUTHOR.ENTRY_ID), id -> new ArrayList<>())
                        .add(People.person(r, CONTEST_ENTRY_AUTHOR.MEMBER_ID, CONTEST_ENTRY_AUTHOR.NAME)));
        Map<UUID, String> unitNames = db.select(UNIT.ID, UNIT.NAME).from(UNIT)
                .where(UNIT.ID.in(rows.stream().map(ContestEntryRecord::getUnitId).filter(Objects::nonNull).toList()))
                .fetchMap(UNIT.ID, UNIT.NAME);
        return rows.stream().map(r -> new ContestEntry(r.getId(), r.getTitle(), r.getField(), r.getUnitId(),
                unitNames.get(r.getUnitId()), r.getSubmittedBy(), List.copyOf(authors.getOrDefault(r.getId(), List.of()))))
                .toList();
    }

    private List<Judge> judges(Condition condition) {
        return db.select(CONTEST_JUDGE.ID, CONTEST_JUDGE.MEMBER_ID, CONTEST_JUDGE.NAME, MEMBER.FULL_NAME, MEMBER.STATUS)
                .from(CONTEST_JUDGE)
                .leftJoin(MEMBER).on(People.memberOf(CONTEST_JUDGE.TENANT_ID, CONTEST_JUDGE.MEMBER_ID))
                .where(condition)
                .orderBy(CONTEST_JUDGE.ID)
                .fetch(r -> new Judge(r.get(CONTEST_JUDGE.ID), People.person(r, CONTEST_JUDGE.MEMBER_ID, CONTEST_JUDGE.NAME)));
    }
}
