package vn.vusta.platform.contests;

import org.jooq.DSLContext;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.platform.audit.AuditLog;
import vn.vusta.platform.db.jooq.tables.records.ContestEditionAttachmentRecord;
import vn.vusta.platform.db.jooq.tables.records.ContestEditionRecord;
import vn.vusta.platform.db.jooq.tables.records.ContestRecord;
import vn.vusta.platform.files.StoredFile;
import vn.vusta.platform.files.StoredFiles;
import vn.vusta.platform.files.Upload;
import vn.vusta.platform.refusal.ConstraintRefusals;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.tenancy.AccessScope;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static vn.vusta.platform.db.jooq.Tables.CONTEST;
import static vn.vusta.platform.db.jooq.Tables.CONTEST_EDITION;
import static vn.vusta.platform.db.jooq.Tables.CONTEST_EDITION_ATTACHMENT;

/**
 * The editions of a contest ("lần thứ ba, năm 2020 – 2021"), planned and then launched, and each edition with all
 * it holds. Every change is audited in its transaction.
 */
@Service
public class Editions {

    static final int EARLIEST_YEAR = 1945;
    static final int LATEST_YEAR = 2200;

    private static final ConstraintRefusals REFUSALS = ConstraintRefusals.of(Map.of(
            "contest_edition_number_key", RefusedException.conflict("number", "contests.refusal.edition-number-taken"),
            "contest_edition_name_key", RefusedException.conflict("name", "contests.refusal.edition-name-taken"),
            "contest_edition_years_ordered", RefusedException.invalid("endYear", "contests.refusal.end-year-before-start"),
            "contest_edition_years_plausible", RefusedException.invalid("startYear", "contests.refusal.year-implausible",
                    String.valueOf(EARLIEST_YEAR), String.valueOf(LATEST_YEAR)),
            "contest_edition_number_positive", RefusedException.invalid("number", "contests.refusal.edition-number-invalid")));

    private final DSLContext db;
    private final Contests contests;
    private final Entries entries;
    private final Judging judging;
    private final Awards awards;
    private final StoredFiles files;
    private final AuditLog audit;

    Editions(DSLContext db, Contests contests, Entries entries, Judging judging, Awards awards, StoredFiles files,
             AuditLog audit) {
        this.db = db;
        this.contests = contests;
        this.entries = entries;
        this.judging = judging;
        this.awards = awards;
        this.files = files;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Optional<Edition> find(UUID id) {
        return db.select(CONTEST_EDITION.fields()).select(CONTEST.NAME, ContestColumns.KIND, CONTEST.PARTNER)
                .from(CONTEST_EDITION)
                .join(CONTEST).on(CONTEST.TENANT_ID.eq(CONTEST_EDITION.TENANT_ID), CONTEST.ID.eq(CONTEST_EDITION.CONTEST_ID))
                .where(CONTEST_EDITION.ID.eq(id))
                .fetchOptional(r -> {
                    ContestEditionRecord e = r.into(CONTEST_EDITION);
                    return new Edition(e.getId(), e.getContestId(), r.get(CONTEST.NAME), r.get(ContestColumns.KIND),
                            r.get(CONTEST.PARTNER), e.getNumber() == null ? null : e.getNumber().intValue(),
                            e.getStartYear(), e.getEndYear(), e.getName(), e.getLaunchedOn(), e.getLaunchNotice(),
                            entries.of(id), entries.judgesOf(id), judging.roundsOf(id), awards.prizesOf(id),
                            awards.nominationsOf(id), files.find(db.select(CONTEST_EDITION_ATTACHMENT.FILE_ID)
                                    .from(CONTEST_EDITION_ATTACHMENT).where(CONTEST_EDITION_ATTACHMENT.EDITION_ID.eq(id))
                                    .fetch(CONTEST_EDITION_ATTACHMENT.FILE_ID)));
                });
    }

    /** Adds an edition to a contest; empty when there is no such contest. */
    @Transactional
    public Optional<EditionSummary> create(UUID contestId, EditionDraft draft) {
        Optional<ContestRecord> contest = db.selectFrom(CONTEST).where(CONTEST.ID.eq(contestId)).fetchOptional();
        if (contest.isEmpty()) {
            return Optional.empty();
        }
        if (draft.startYear() < EARLIEST_YEAR || draft.startYear() > LATEST_YEAR) {
            throw RefusedException.invalid("startYear", "contests.refusal.year-implausible", String.valueOf(EARLIEST_YEAR),
                    String.valueOf(LATEST_YEAR));
        }
        if (draft.endYear() < draft.startYear()) {
            throw RefusedException.invalid("endYear", "contests.refusal.end-year-before-start");
        }
        if (draft.number() != null && (draft.number() < 1 || draft.number() > 200)) {
            throw RefusedException.invalid("number", "contests.refusal.edition-number-invalid");
        }
        if (draft.number() != null && db.fetchExists(CONTEST_EDITION, CONTEST_EDITION.CONTEST_ID.eq(contestId),
                CONTEST_EDITION.NUMBER.eq(draft.number().shortValue()))) {
            throw RefusedException.conflict("number", "contests.refusal.edition-number-taken");
        }
        String name = draft.name() == null || draft.name().isBlank()
                ? EditionNames.of(contest.get().getName(), draft.number(), draft.startYear(), draft.endYear())
                : draft.name().strip();
        try {
            ContestEditionRecord created = db.insertInto(CONTEST_EDITION)
                    .set(CONTEST_EDITION.TENANT_ID, AccessScope.currentTenant().id())
                    .set(CONTEST_EDITION.CONTEST_ID, contestId)
                    .set(CONTEST_EDITION.NUMBER, draft.number() == null ? null : draft.number().shortValue())
                    .set(CONTEST_EDITION.START_YEAR, (short) draft.startYear())
                    .set(CONTEST_EDITION.END_YEAR, (short) draft.endYear())
                    .set(CONTEST_EDITION.NAME, name)
                    .returning()
                    .fetchSingle();
            audit.record("contest-edition.created", null, created, created.getId());
            return contests.editions(CONTEST_EDITION.ID.eq(created.getId())).stream().findFirst();
        } catch (DataAccessException | org.jooq.exception.DataAccessException e) {
            throw REFUSALS.translated(e);
        }
    }

    /**
     * Records the launch of an edition (or corrects it): the day, within the edition's years or the year before,
     * and the decision or notice. Empty when there is no such edition.
     */
    @Transactional
    public Optional<EditionSummary> launch(UUID id, EditionLaunch launch) {
        Optional<ContestEditionRecord> before = db.selectFrom(CONTEST_EDITION).where(CONTEST_EDITION.ID.eq(id))
                .forUpdate().fetchOptional();
        if (before.isEmpty()) {
            return Optional.empty();
        }
        int year = launch.launchedOn().getYear();
        if (year < before.get().getStartYear() - 1 || year > before.get().getEndYear()) {
            throw RefusedException.invalid("launchedOn", "contests.refusal.launch-outside-years",
                    String.valueOf(before.get().getStartYear() - 1), String.valueOf(before.get().getEndYear()));
        }
        if (launch.notice() == null || launch.notice().isBlank()) {
            throw RefusedException.invalid("notice", "contests.refusal.notice-missing");
        }
        ContestEditionRecord after = db.update(CONTEST_EDITION)
                .set(CONTEST_EDITION.LAUNCHED_ON, launch.launchedOn())
                .set(CONTEST_EDITION.LAUNCH_NOTICE, launch.notice().strip())
                .where(CONTEST_EDITION.ID.eq(id))
                .returning()
                .fetchSingle();
        audit.record("contest-edition.launched", before.get(), after, id);
        return contests.editions(CONTEST_EDITION.ID.eq(id)).stream().findFirst();
    }

    /** Attaches a file to an edition; empty when there is no such edition (nothing is stored then). */
    @Transactional
    public Optional<Edition> attach(UUID id, Upload upload) {
        if (!db.fetchExists(CONTEST_EDITION, CONTEST_EDITION.ID.eq(id))) {
            return Optional.empty();
        }
        StoredFile file = files.store(upload);
        ContestEditionAttachmentRecord link = db.insertInto(CONTEST_EDITION_ATTACHMENT)
                .set(CONTEST_EDITION_ATTACHMENT.TENANT_ID, AccessScope.currentTenant().id())
                .set(CONTEST_EDITION_ATTACHMENT.EDITION_ID, id)
                .set(CONTEST_EDITION_ATTACHMENT.FILE_ID, file.id())
                .returning()
                .fetchSingle();
        audit.record("contest-edition.file-attached", null, link, id);
        return find(id);
    }

    /** Removes a file from an edition, and the file with it; empty when the edition has no such file. */
    @Transactional
    public Optional<Edition> detach(UUID id, UUID fileId) {
        Optional<ContestEditionAttachmentRecord> link = db.deleteFrom(CONTEST_EDITION_ATTACHMENT)
                .where(CONTEST_EDITION_ATTACHMENT.EDITION_ID.eq(id), CONTEST_EDITION_ATTACHMENT.FILE_ID.eq(fileId))
                .returning()
                .fetchOptional();
        if (link.isEmpty()) {
            return Optional.empty();
        }
        audit.record("contest-edition.file-detached", link.get(), null, id);
        files.delete(fileId);
        return find(id);
    }
}
