package vn.vusta.platform.publications;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.platform.audit.AuditLog;
import vn.vusta.platform.db.jooq.tables.records.PublicationAttachmentRecord;
import vn.vusta.platform.db.jooq.tables.records.PublicationIssueRecord;
import vn.vusta.platform.db.jooq.tables.records.PublicationRecord;
import vn.vusta.platform.files.StoredFile;
import vn.vusta.platform.files.StoredFiles;
import vn.vusta.platform.files.Upload;
import vn.vusta.platform.refusal.ConstraintRefusals;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.tenancy.AccessScope;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static vn.vusta.platform.db.jooq.Tables.PUBLICATION;
import static vn.vusta.platform.db.jooq.Tables.PUBLICATION_ATTACHMENT;
import static vn.vusta.platform.db.jooq.Tables.PUBLICATION_ISSUE;
import static vn.vusta.platform.db.jooq.Tables.UNIT;

/**
 * The publications of the current tenant's union (xuất bản): special issues, newsletters, books, and their issues
 * with the copies printed, and the files attached to them. Every change is audited in its transaction.
 */
@Service
public class Publications {

    private final DSLContext db;
    private final AuditLog audit;
    private final StoredFiles files;

    Publications(DSLContext db, AuditLog audit, StoredFiles files) {
        this.db = db;
        this.audit = audit;
        this.files = files;
    }

    /** Every publication the query's kind and unit select, with the issues out in its period; by title. */
    @Transactional(readOnly = true)
    public List<PublicationSummary> list(PublicationQuery query) {
        Condition issuesInPeriod = AccessScope.ownRows(PUBLICATION_ISSUE.TENANT_ID)
                .and(PUBLICATION_ISSUE.PUBLICATION_ID.eq(PUBLICATION.ID))
                .and(outBetween(query));
        Field<Integer> issues = DSL.field(DSL.selectCount().from(PUBLICATION_ISSUE).where(issuesInPeriod));
        Field<BigDecimal> copies = DSL.field(DSL.select(DSL.sum(PUBLICATION_ISSUE.COPIES)).from(PUBLICATION_ISSUE)
                .where(issuesInPeriod));
        return db.select(PUBLICATION.ID, PUBLICATION.TITLE, PublicationColumns.KIND, PUBLICATION.UNIT_ID, UNIT.NAME, issues, copies)
                .from(PUBLICATION)
                .leftJoin(UNIT).on(UNIT.TENANT_ID.eq(PUBLICATION.TENANT_ID), UNIT.ID.eq(PUBLICATION.UNIT_ID))
                .where(ofKindAndUnit(query))
                .orderBy(PUBLICATION.TITLE.collate(DSL.collation(DSL.name("vietnamese"))), PUBLICATION.ID)
                .fetch(r -> new PublicationSummary(r.value1(), r.value2(), r.value3(),
                        r.value4(), r.value5(), r.value6(), r.value7() == null ? 0 : r.value7().longValue()));
    }

    /** The issues out in the query's period, of the publications it selects; newest first. */
    @Transactional(readOnly = true)
    public List<IssueListing> issues(PublicationQuery query) {
        return db.select(PUBLICATION_ISSUE.fields())
                .select(PUBLICATION.TITLE, PublicationColumns.KIND, UNIT.NAME)
                .from(PUBLICATION_ISSUE)
                .join(PUBLICATION).on(PUBLICATION.TENANT_ID.eq(PUBLICATION_ISSUE.TENANT_ID),
                        PUBLICATION.ID.eq(PUBLICATION_ISSUE.PUBLICATION_ID))
                .leftJoin(UNIT).on(UNIT.TENANT_ID.eq(PUBLICATION.TENANT_ID), UNIT.ID.eq(PUBLICATION.UNIT_ID))
                .where(AccessScope.ownRows(PUBLICATION_ISSUE.TENANT_ID), outBetween(query), ofKindAndUnit(query))
                .orderBy(PUBLICATION_ISSUE.PUBLISHED_ON.desc(), PUBLICATION.TITLE, PUBLICATION_ISSUE.NUMBER.desc())
                .fetch(r -> new IssueListing(toIssue(r.into(PUBLICATION_ISSUE)), r.get(PUBLICATION.TITLE),
                        r.get(PublicationColumns.KIND), r.get(UNIT.NAME)));
    }

    @Transactional(readOnly = true)
    public Optional<Publication> find(UUID id) {
        return db.select(PUBLICATION.fields()).select(UNIT.NAME)
                .from(PUBLICATION)
                .leftJoin(UNIT).on(UNIT.TENANT_ID.eq(PUBLICATION.TENANT_ID), UNIT.ID.eq(PUBLICATION.UNIT_ID))
                .where(PUBLICATION.ID.eq(id))
                .fetchOptional(r -> toPublication(r.into(PUBLICATION), r.get(UNIT.NAME), issuesOf(id), attachmentsOf(id)));
    }

    @Transactional
    public Publication create(PublicationDraft draft) {
        check(draft);
        try {
            PublicationRecord created = db.insertInto(PUBLICATION)
                    .set(PUBLICATION.TENANT_ID, AccessScope.currentTenant().id())
                    .set(fields(draft))
                    .returning()
                    .fetchSingle();
            audit.record("publication.created", null, created, created.getId());
            return find(created.getId()).orElseThrow();
        } catch (org.springframework.dao.DataAccessException | org.jooq.exception.DataAccessException e) {
            throw refusals().translated(e);
        }
    }

    /** Empty when there is no such publication. */
    @Transactional
    public Optional<Publication> update(UUID id, PublicationDraft draft) {
        Optional<PublicationRecord> before = lockedPublication(id);
        if (before.isEmpty()) {
            return Optional.empty();
        }
        check(draft);
        try {
            PublicationRecord after = db.update(PUBLICATION).set(fields(draft)).where(PUBLICATION.ID.eq(id))
                    .returning().fetchSingle();
            audit.record("publication.updated", before.get(), after, id);
            return find(id);
        } catch (org.springframework.dao.DataAccessException | org.jooq.exception.DataAccessException e) {
            throw refusals().translated(e);
        }
    }

    /**
     * Removes a publication without issues (a publication with issues is refused: remove them one by one), with its
     * files; false when absent.
     */
    @Transactional
    public boolean delete(UUID id) {
        Optional<PublicationRecord> before = lockedPublication(id);
        if (before.isEmpty()) {
            return false;
        }
        int issues = db.fetchCount(PUBLICATION_ISSUE, PUBLICATION_ISSUE.PUBLICATION_ID.eq(id));
        if (issues > 0) {
            throw RefusedException.conflict("id", "publications.refusal.has-issues", issues);
        }
        for (PublicationAttachmentRecord link : db.deleteFrom(PUBLICATION_ATTACHMENT)
                .where(PUBLICATION_ATTACHMENT.PUBLICATION_ID.eq(id)).returning().fetch()) {
            audit.record("publication.file-removed", link, null, id);
            files.delete(link.getFileId());
        }
        db.deleteFrom(PUBLICATION).where(PUBLICATION.ID.eq(id)).execute();
        audit.record("publication.deleted", before.get(), null, id);
        return true;
    }

    /** Empty when there is no such publication. */
    @Transactional
    public Optional<PublicationIssue> addIssue(UUID publicationId, IssueDraft draft) {
        if (lockedPublication(publicationId).isEmpty()) {
            return Optional.empty();
        }
        check(draft);
        try {
            PublicationIssueRecord created = db.insertInto(PUBLICATION_ISSUE)
                    .set(PUBLICATION_ISSUE.TENANT_ID, AccessScope.currentTenant().id())
                    .set(PUBLICATION_ISSUE.PUBLICATION_ID, publicationId)
                    .set(fields(draft))
                    .returning()
                    .fetchSingle();
            audit.record("publication-issue.created", null, created, created.getId());
            return Optional.of(toIssue(created));
        } catch (org.springframework.dao.DataAccessException | org.jooq.exception.DataAccessException e) {
            throw refusals().translated(e);
        }
    }

    /** Empty when the publication has no such issue. */
    @Transactional
    public Optional<PublicationIssue> updateIssue(UUID publicationId, UUID issueId, IssueDraft draft) {
        Optional<PublicationIssueRecord> before = lockedIssue(publicationId, issueId);
        if (before.isEmpty()) {
            return Optional.empty();
        }
        check(draft);
        try {
            PublicationIssueRecord after = db.update(PUBLICATION_ISSUE).set(fields(draft))
                    .where(PUBLICATION_ISSUE.ID.eq(issueId))
                    .returning().fetchSingle();
            audit.record("publication-issue.updated", before.get(), after, issueId);
            return Optional.of(toIssue(after));
        } catch (org.springframework.dao.DataAccessException | org.jooq.exception.DataAccessException e) {
            throw refusals().translated(e);
        }
    }

    /** False when the publication has no such issue. */
    @Transactional
    public boolean deleteIssue(UUID publicationId, UUID issueId) {
        Optional<PublicationIssueRecord> before = lockedIssue(publicationId, issueId);
        if (before.isEmpty()) {
            return false;
        }
        db.deleteFrom(PUBLICATION_ISSUE).where(PUBLICATION_ISSUE.ID.eq(issueId)).execute();
        audit.record("publication-issue.deleted", before.get(), null, issueId);
        return true;
    }

    /** Attaches a file to a publication; empty when there is no such publication. */
    @Transactional
    public Optional<StoredFile> attach(UUID publicationId, Upload upload) {
        if (lockedPublication(publicationId).isEmpty()) {
            return Optional.empty();
        }
        StoredFile file = files.store(upload);
        var link = db.insertInto(PUBLICATION_ATTACHMENT)
                .set(PUBLICATION_ATTACHMENT.TENANT_ID, AccessScope.currentTenant().id())
                .set(PUBLICATION_ATTACHMENT.PUBLICATION_ID, publicationId)
                .set(PUBLICATION_ATTACHMENT.FILE_ID, file.id())
                .returning()
                .fetchSingle();
        audit.record("publication.file-attached", null, link, publicationId);
        return Optional.of(file);
    }

    /** Removes a file from a publication, and deletes it; false when the publication has no such file. */
    @Transactional
    public boolean detach(UUID publicationId, UUID fileId) {
        Optional<PublicationAttachmentRecord> link = db.deleteFrom(PUBLICATION_ATTACHMENT)
                .where(PUBLICATION_ATTACHMENT.PUBLICATION_ID.eq(publicationId), PUBLICATION_ATTACHMENT.FILE_ID.eq(fileId))
                .returning()
                .fetchOptional();
        link.ifPresent(l -> audit.record("publication.file-removed", l, null, publicationId));
        return link.isPresent() && files.delete(fileId);
    }

    private List<StoredFile> attachmentsOf(UUID publicationId) {
        return files.find(db.select(PUBLICATION_ATTACHMENT.FILE_ID).from(PUBLICATION_ATTACHMENT)
                .where(PUBLICATION_ATTACHMENT.PUBLICATION_ID.eq(publicationId)).fetch(PUBLICATION_ATTACHMENT.FILE_ID));
    }

    private void check(PublicationDraft draft) {
        if (draft.title() == null || draft.title().isBlank()) {
            throw RefusedException.invalid("title", "publications.refusal.title-missing");
        }
        if (draft.unitId() != null && !db.fetchExists(UNIT, UNIT.ID.eq(draft.unitId()))) {
            throw RefusedException.invalid("unitId", "publications.refusal.unit-unknown");
        }
    }

    private static void check(IssueDraft draft) {
        if (draft.number() == null || draft.number().isBlank()) {
            throw RefusedException.invalid("number", "publications.refusal.number-missing");
        }
        if (draft.copies() < 0) {
            throw RefusedException.invalid("copies", "publications.refusal.copies-negative");
        }
    }

    /** What a database constraint refuses, as the same refusal the checks above give (two editors at once). */
    private static ConstraintRefusals refusals() {
        return ConstraintRefusals.of(Map.of(
                "publication_title_key", RefusedException.conflict("title", "publications.refusal.title-taken"),
                "publication_unit_fkey", RefusedException.invalid("unitId", "publications.refusal.unit-unknown"),
                "publication_issue_number_key", RefusedException.conflict("number", "publications.refusal.number-taken"),
                "publication_issue_copies_not_negative", RefusedException.invalid("copies", "publications.refusal.copies-negative")));
    }

    private static Map<Field<?>, Object> fields(PublicationDraft draft) {
        var fields = new LinkedHashMap<Field<?>, Object>();
        fields.put(PUBLICATION.TITLE, draft.title().strip());
        fields.put(PublicationColumns.KIND, draft.kind());
        fields.put(PUBLICATION.UNIT_ID, draft.unitId());
        fields.put(PUBLICATION.LICENCE, blankToNull(draft.licence()));
        fields.put(PUBLICATION.NOTES, blankToNull(draft.notes()));
        return fields;
    }

    private static Map<Field<?>, Object> fields(IssueDraft draft) {
        var fields = new LinkedHashMap<Field<?>, Object>();
        fields.put(PUBLICATION_ISSUE.NUMBER, draft.number().strip());
        fields.put(PUBLICATION_ISSUE.PUBLISHED_ON, draft.publishedOn());
        fields.put(PUBLICATION_ISSUE.COPIES, draft.copies());
        fields.put(PUBLICATION_ISSUE.TITLE, blankToNull(draft.title()));
        fields.put(PUBLICATION_ISSUE.NOTES, blankToNull(draft.notes()));
        return fields;
    }

    private Optional<PublicationRecord> lockedPublication(UUID id) {
        return db.selectFrom(PUBLICATION).where(PUBLICATION.ID.eq(id)).forUpdate().fetchOptional();
    }

    private Optional<PublicationIssueRecord> lockedIssue(UUID publicationId, UUID issueId) {
        return db.selectFrom(PUBLICATION_ISSUE)
                .where(PUBLICATION_ISSUE.ID.eq(issueId), PUBLICATION_ISSUE.PUBLICATION_ID.eq(publicationId))
                .forUpdate().fetchOptional();
    }

    private List<PublicationIssue> issuesOf(UUID publicationId) {
        return db.selectFrom(PUBLICATION_ISSUE).where(PUBLICATION_ISSUE.PUBLICATION_ID.eq(publicationId))
                .orderBy(PUBLICATION_ISSUE.PUBLISHED_ON.desc(), PUBLICATION_ISSUE.NUMBER.desc())
                .fetch(Publications::toIssue);
    }

    private static Condition outBetween(PublicationQuery query) {
        var conditions = new ArrayList<Condition>();
        if (query.from() != null) {
            conditions.add(PUBLICATION_ISSUE.PUBLISHED_ON.ge(query.from()));
        }
        if (query.to() != null) {
            conditions.add(PUBLICATION_ISSUE.PUBLISHED_ON.le(query.to()));
        }
        return DSL.and(conditions);
    }

    private static Condition ofKindAndUnit(PublicationQuery query) {
        var conditions = new ArrayList<Condition>();
        conditions.add(AccessScope.ownRows(PUBLICATION.TENANT_ID));
        if (query.kind() != null) {
            conditions.add(PublicationColumns.KIND.eq(query.kind()));
        }
        if (query.unitId() != null) {
            conditions.add(PUBLICATION.UNIT_ID.eq(query.unitId()));
        }
        return DSL.and(conditions);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Publication toPublication(PublicationRecord r, String unitName, List<PublicationIssue> issues,
                                             List<StoredFile> attachments) {
        return new Publication(r.getId(), r.getTitle(), r.into(PublicationColumns.KIND).value1(), r.getUnitId(), unitName,
                r.getLicence(), r.getNotes(), issues, attachments);
    }

    private static PublicationIssue toIssue(PublicationIssueRecord r) {
        return new PublicationIssue(r.getId(), r.getPublicationId(), r.getNumber(), r.getPublishedOn(), r.getCopies(),
                r.getTitle(), r.getNotes());
    }
}
