package vn.vusta.platform.research;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.platform.audit.AuditLog;
import vn.vusta.platform.db.jooq.tables.records.ResearchProjectAttachmentRecord;
import vn.vusta.platform.db.jooq.tables.records.ResearchProjectRecord;
import vn.vusta.platform.files.StoredFile;
import vn.vusta.platform.files.StoredFiles;
import vn.vusta.platform.files.Upload;
import vn.vusta.platform.refusal.ConstraintRefusals;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.tenancy.AccessScope;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import static vn.vusta.platform.db.jooq.Tables.MEMBER;
import static vn.vusta.platform.db.jooq.Tables.RESEARCH_PROJECT;
import static vn.vusta.platform.db.jooq.Tables.RESEARCH_PROJECT_ATTACHMENT;
import static vn.vusta.platform.db.jooq.Tables.UNIT;

/**
 * The research projects (đề tài, dự án) of the current tenant's union and their course: registered, in progress,
 * accepted (nghiệm thu) or stopped, and the files attached to them. Every change is audited in its transaction.
 */
@Service
public class ResearchProjects {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final List<String> NOT_A_LEAD = List.of("DECEASED", "ERASED");

    private final DSLContext db;
    private final AuditLog audit;
    private final StoredFiles files;

    ResearchProjects(DSLContext db, AuditLog audit, StoredFiles files) {
        this.db = db;
        this.audit = audit;
        this.files = files;
    }

    /** The projects the query finds, with their files: by level (national first), then newest first. */
    @Transactional(readOnly = true)
    public List<ResearchProject> list(ResearchQuery query) {
        List<Record> rows = selectProjects()
                .where(conditions(query))
                .orderBy(RESEARCH_PROJECT.LEVEL.sortAsc(Arrays.stream(ResearchLevel.values()).map(Enum::name).toList()),
                        RESEARCH_PROJECT.STARTS_ON.desc(), RESEARCH_PROJECT.TITLE)
                .fetch();
        Map<UUID, List<StoredFile>> attachments = attachmentsOf(rows.stream().map(r -> r.get(RESEARCH_PROJECT.ID)).toList());
        return rows.stream()
                .map(r -> toProject(r, attachments.getOrDefault(r.get(RESEARCH_PROJECT.ID), List.of())))
                .toList();
    }

    /** How many projects the query finds, by level, status and kind, and how many were accepted in its period. */
    @Transactional(readOnly = true)
    public ResearchTotals totals(ResearchQuery query) {
        List<ResearchProject> projects = list(query);
        int accepted = (int) projects.stream().filter(p -> p.acceptance() != null)
                .map(p -> p.acceptance().acceptedOn())
                .filter(day -> (query.from() == null || !day.isBefore(query.from()))
                        && (query.to() == null || !day.isAfter(query.to())))
                .count();
        return new ResearchTotals(projects.size(), counted(ResearchLevel.values(), projects, ResearchProject::level),
                counted(ResearchStatus.values(), projects, ResearchProject::status),
                counted(ResearchKind.values(), projects, ResearchProject::kind), accepted);
    }

    @Transactional(readOnly = true)
    public Optional<ResearchProject> find(UUID id) {
        return selectProjects().where(RESEARCH_PROJECT.ID.eq(id))
                .fetchOptional(r -> toProject(r, attachmentsOf(List.of(id)).getOrDefault(id, List.of())));
    }

    @Transactional
    public ResearchProject create(ResearchProjectDraft draft) {
        check(draft);
        try {
            ResearchProjectRecord created = db.insertInto(RESEARCH_PROJECT)
                    .set(RESEARCH_PROJECT.TENANT_ID, AccessScope.currentTenant().id())
                    .set(fields(draft))
                    .returning()
                    .fetchSingle();
            audit.record("research-project.created", null, created, created.getId());
            return find(created.getId()).orElseThrow();
        } catch (org.springframework.dao.DataAccessException | org.jooq.exception.DataAccessException e) {
            throw refusals().translated(e);
        }
    }

    /** Changes what a project is (not its course: see start, accept, stop); empty when there is no such project. */
    @Transactional
    public Optional<ResearchProject> update(UUID id, ResearchProjectDraft draft) {
        Optional<ResearchProjectRecord> before = locked(id);
        if (before.isEmpty()) {
            return Optional.empty();
        }
        check(draft);
        LocalDate closed = before.get().getAcceptedOn() != null ? before.get().getAcceptedOn() : before.get().getStoppedOn();
        if (closed != null && draft.startsOn().isAfter(closed)) {
            throw RefusedException.invalid("startsOn", "research.refusal.starts-after-closing", closed.format(DAY));
        }
        try {
            ResearchProjectRecord after = db.update(RESEARCH_PROJECT).set(fields(draft))
                    .where(RESEARCH_PROJECT.ID.eq(id)).returning().fetchSingle();
            audit.record("research-project.updated", before.get(), after, id);
            return find(id);
        } catch (org.springframework.dao.DataAccessException | org.jooq.exception.DataAccessException e) {
            throw refusals().translated(e);
        }
    }

    /** Removes a project with its files; false when there is no such project. */
    @Transactional
    public boolean delete(UUID id) {
        Optional<ResearchProjectRecord> before = locked(id);
        if (before.isEmpty()) {
            return false;
        }
        for (ResearchProjectAttachmentRecord link : db.deleteFrom(RESEARCH_PROJECT_ATTACHMENT)
                .where(RESEARCH_PROJECT_ATTACHMENT.PROJECT_ID.eq(id)).returning().fetch()) {
            audit.record("research-project.file-removed", link, null, id);
            files.delete(link.getFileId());
        }
        db.deleteFrom(RESEARCH_PROJECT).where(RESEARCH_PROJECT.ID.eq(id)).execute();
        audit.record("research-project.deleted", before.get(), null, id);
        return true;
    }

    /** A registered project gets under way; empty when there is no such project. */
    @Transactional
    public Optional<ResearchProject> start(UUID id) {
        Optional<ResearchProjectRecord> before = locked(id);
        if (before.isEmpty()) {
            return Optional.empty();
        }
        if (status(before.get()) != ResearchStatus.REGISTERED) {
            throw RefusedException.conflict("status", "research.refusal.start-not-registered");
        }
        return Optional.of(change(before.get(), "research-project.started",
                Map.<Field<?>, Object>of(ResearchColumns.STATUS, ResearchStatus.IN_PROGRESS)));
    }

    /** A project in progress is accepted (nghiệm thu) on a day with a rating; empty when there is no such project. */
    @Transactional
    public Optional<ResearchProject> accept(UUID id, Acceptance acceptance) {
        Optional<ResearchProjectRecord> before = locked(id);
        if (before.isEmpty()) {
            return Optional.empty();
        }
        if (status(before.get()) != ResearchStatus.IN_PROGRESS) {
            throw RefusedException.conflict("status", "research.refusal.accept-not-in-progress");
        }
        if (acceptance.acceptedOn() == null) {
            throw RefusedException.invalid("acceptedOn", "research.refusal.accepted-on-missing");
        }
        if (acceptance.acceptedOn().isBefore(before.get().getStartsOn())) {
            throw RefusedException.invalid("acceptedOn", "research.refusal.accepted-before-start",
                    before.get().getStartsOn().format(DAY));
        }
        if (acceptance.rating() == null) {
            throw RefusedException.invalid("rating", "research.refusal.rating-missing");
        }
        var fields = new LinkedHashMap<Field<?>, Object>();
        fields.put(ResearchColumns.STATUS, ResearchStatus.ACCEPTED);
        fields.put(RESEARCH_PROJECT.ACCEPTED_ON, acceptance.acceptedOn());
        fields.put(ResearchColumns.RATING, acceptance.rating());
        fields.put(RESEARCH_PROJECT.ACCEPTANCE_NOTES, blankToNull(acceptance.notes()));
        return Optional.of(change(before.get(), "research-project.accepted", fields));
    }

    /** A project not yet accepted stops, with a reason; empty when there is no such project. */
    @Transactional
    public Optional<ResearchProject> stop(UUID id, Stop stop) {
        Optional<ResearchProjectRecord> before = locked(id);
        if (before.isEmpty()) {
            return Optional.empty();
        }
        if (!status(before.get()).isOpen()) {
            throw RefusedException.conflict("status", "research.refusal.stop-closed");
        }
        if (stop.stoppedOn() == null) {
            throw RefusedException.invalid("stoppedOn", "research.refusal.stopped-on-missing");
        }
        if (stop.stoppedOn().isBefore(before.get().getStartsOn())) {
            throw RefusedException.invalid("stoppedOn", "research.refusal.stopped-before-start",
                    before.get().getStartsOn().format(DAY));
        }
        if (stop.reason() == null || stop.reason().isBlank()) {
            throw RefusedException.invalid("reason", "research.refusal.stop-reason-missing");
        }
        var fields = new LinkedHashMap<Field<?>, Object>();
        fields.put(ResearchColumns.STATUS, ResearchStatus.STOPPED);
        fields.put(RESEARCH_PROJECT.STOPPED_ON, stop.stoppedOn());
        fields.put(RESEARCH_PROJECT.STOP_REASON, stop.reason().strip());
        return Optional.of(change(before.get(), "research-project.stopped", fields));
    }

    /** Attaches a file to a project; empty when there is no such project. */
    @Transactional
    public Optional<StoredFile> attach(UUID projectId, Upload upload) {
        if (locked(projectId).isEmpty()) {
            return Optional.empty();
        }
        StoredFile file = files.store(upload);
        var link = db.insertInto(RESEARCH_PROJECT_ATTACHMENT)
                .set(RESEARCH_PROJECT_ATTACHMENT.TENANT_ID, AccessScope.currentTenant().id())
                .set(RESEARCH_PROJECT_ATTACHMENT.PROJECT_ID, projectId)
                .set(RESEARCH_PROJECT_ATTACHMENT.FILE_ID, file.id())
                .returning()
                .fetchSingle();
        audit.record("research-project.file-attached", null, link, projectId);
        return Optional.of(file);
    }

    /** Removes a file from a project, and deletes it; false when the project has no such file. */
    @Transactional
    public boolean detach(UUID projectId, UUID fileId) {
        Optional<ResearchProjectAttachmentRecord> link = db.deleteFrom(RESEARCH_PROJECT_ATTACHMENT)
                .where(RESEARCH_PROJECT_ATTACHMENT.PROJECT_ID.eq(projectId), RESEARCH_PROJECT_ATTACHMENT.FILE_ID.eq(fileId))
                .returning()
                .fetchOptional();
        link.ifPresent(l -> audit.record("research-project.file-removed", l, null, projectId));
        return link.isPresent() && files.delete(fileId);
    }

    /** The files of each project that has some, oldest first. */
    private Map<UUID, List<StoredFile>> attachmentsOf(Collection<UUID> projectIds) {
        Map<UUID, List<UUID>> links = db.select(RESEARCH_PROJECT_ATTACHMENT.PROJECT_ID, RESEARCH_PROJECT_ATTACHMENT.FILE_ID)
                .from(RESEARCH_PROJECT_ATTACHMENT)
                .where(AccessScope.ownRows(RESEARCH_PROJECT_ATTACHMENT.TENANT_ID),
                        RESEARCH_PROJECT_ATTACHMENT.PROJECT_ID.in(projectIds))
                .fetchGroups(RESEARCH_PROJECT_ATTACHMENT.PROJECT_ID, RESEARCH_PROJECT_ATTACHMENT.FILE_ID);
        if (links.isEmpty()) {
            return Map.of();
        }
        List<StoredFile> found = files.find(links.values().stream().flatMap(List::stream).toList());
        var attachments = new HashMap<UUID, List<StoredFile>>();
        links.forEach((project, fileIds) -> attachments.put(project,
                found.stream().filter(f -> fileIds.contains(f.id())).toList()));
        return attachments;
    }

    private ResearchProject change(ResearchProjectRecord before, String action, Map<Field<?>, Object> fields) {
        ResearchProjectRecord after = db.update(RESEARCH_PROJECT).set(fields).where(RESEARCH_PROJECT.ID.eq(before.getId()))
                .returning().fetchSingle();
        audit.record(action, before, after, before.getId());
        return find(before.getId()).orElseThrow();
    }

    private void check(ResearchProjectDraft draft) {
        if (draft.title() == null || draft.title().isBlank()) {
            throw RefusedException.invalid("title", "research.refusal.title-missing");
        }
        if (draft.endsOn().isBefore(draft.startsOn())) {
            throw RefusedException.invalid("endsOn", "research.refusal.ends-before-start");
        }
        if (draft.budget() != null && draft.budget() < 0) {
            throw RefusedException.invalid("budget", "research.refusal.budget-negative");
        }
        if (draft.leadMemberId() == null && (draft.leadResearcher() == null || draft.leadResearcher().isBlank())) {
            throw RefusedException.invalid("leadResearcher", "research.refusal.lead-missing");
        }
        if (draft.leadUnitId() != null && !db.fetchExists(UNIT, UNIT.ID.eq(draft.leadUnitId()))) {
            throw RefusedException.invalid("leadUnitId", "research.refusal.unit-unknown");
        }
        if (draft.leadMemberId() != null
                && !db.fetchExists(MEMBER, MEMBER.ID.eq(draft.leadMemberId()), MEMBER.STATUS.notIn(NOT_A_LEAD))) {
            throw RefusedException.invalid("leadMemberId", "research.refusal.member-unknown");
        }
    }

    /** What a database constraint refuses, as the same refusal the checks give (two editors at once). */
    private static ConstraintRefusals refusals() {
        return ConstraintRefusals.of(Map.of(
                "research_project_lead_unit_fkey", RefusedException.invalid("leadUnitId", "research.refusal.unit-unknown"),
                "research_project_lead_member_fkey", RefusedException.invalid("leadMemberId", "research.refusal.member-unknown"),
                "research_project_period_ordered", RefusedException.invalid("endsOn", "research.refusal.ends-before-start")));
    }

    private static Map<Field<?>, Object> fields(ResearchProjectDraft draft) {
        var fields = new LinkedHashMap<Field<?>, Object>();
        fields.put(RESEARCH_PROJECT.TITLE, draft.title().strip());
        fields.put(ResearchColumns.KIND, draft.kind());
        fields.put(ResearchColumns.LEVEL, draft.level());
        fields.put(RESEARCH_PROJECT.LEAD_UNIT_ID, draft.leadUnitId());
        fields.put(RESEARCH_PROJECT.LEAD_MEMBER_ID, draft.leadMemberId());
        // A member's name is the registry's to keep (and to erase): it is not copied here.
        fields.put(RESEARCH_PROJECT.LEAD_RESEARCHER, draft.leadMemberId() == null ? draft.leadResearcher().strip() : null);
        fields.put(RESEARCH_PROJECT.COMMISSIONED_BY, blankToNull(draft.commissionedBy()));
        fields.put(RESEARCH_PROJECT.STARTS_ON, draft.startsOn());
        fields.put(RESEARCH_PROJECT.ENDS_ON, draft.endsOn());
        fields.put(RESEARCH_PROJECT.BUDGET, draft.budget());
        fields.put(RESEARCH_PROJECT.NOTES, blankToNull(draft.notes()));
        return fields;
    }

    private SelectOnConditionStep<Record> selectProjects() {
        return db.select(RESEARCH_PROJECT.fields()).select(UNIT.NAME, MEMBER.FULL_NAME)
                .from(RESEARCH_PROJECT)
                .leftJoin(UNIT).on(UNIT.TENANT_ID.eq(RESEARCH_PROJECT.TENANT_ID), UNIT.ID.eq(RESEARCH_PROJECT.LEAD_UNIT_ID))
                .leftJoin(MEMBER).on(MEMBER.TENANT_ID.eq(RESEARCH_PROJECT.TENANT_ID), MEMBER.ID.eq(RESEARCH_PROJECT.LEAD_MEMBER_ID));
    }

    private static Condition conditions(ResearchQuery query) {
        var conditions = new ArrayList<Condition>();
        conditions.add(AccessScope.ownRows(RESEARCH_PROJECT.TENANT_ID));
        if (query.to() != null) {
            conditions.add(RESEARCH_PROJECT.STARTS_ON.le(query.to()));
        }
        if (query.from() != null) {
            conditions.add(ResearchColumns.STATUS.in(ResearchStatus.REGISTERED, ResearchStatus.IN_PROGRESS)
                    .or(RESEARCH_PROJECT.ACCEPTED_ON.ge(query.from()))
                    .or(RESEARCH_PROJECT.STOPPED_ON.ge(query.from())));
        }
        if (query.level() != null) {
            conditions.add(ResearchColumns.LEVEL.eq(query.level()));
        }
        if (query.status() != null) {
            conditions.add(ResearchColumns.STATUS.eq(query.status()));
        }
        if (query.kind() != null) {
            conditions.add(ResearchColumns.KIND.eq(query.kind()));
        }
        if (query.unitId() != null) {
            conditions.add(RESEARCH_PROJECT.LEAD_UNIT_ID.eq(query.unitId()));
        }
        return DSL.and(conditions);
    }

    private Optional<ResearchProjectRecord> locked(UUID id) {
        return db.selectFrom(RESEARCH_PROJECT).where(RESEARCH_PROJECT.ID.eq(id)).forUpdate().fetchOptional();
    }

    private static <K extends Enum<K>> Map<K, Integer> counted(K[] keys, List<ResearchProject> projects,
                                                               Function<ResearchProject, K> key) {
        var counts = new LinkedHashMap<K, Integer>();
        for (K k : keys) {
            counts.put(k, (int) projects.stream().filter(p -> key.apply(p) == k).count());
        }
        return counts;
    }

    private static ResearchStatus status(ResearchProjectRecord r) {
        return r.into(ResearchColumns.STATUS).value1();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static ResearchProject toProject(Record record, List<StoredFile> attachments) {
        ResearchProjectRecord r = record.into(RESEARCH_PROJECT);
        String lead = r.getLeadMemberId() != null ? record.get(MEMBER.FULL_NAME) : r.getLeadResearcher();
        return new ResearchProject(r.getId(), r.getTitle(), r.into(ResearchColumns.KIND).value1(),
                r.into(ResearchColumns.LEVEL).value1(), r.getLeadUnitId(), record.get(UNIT.NAME), r.getLeadMemberId(), lead,
                r.getCommissionedBy(), r.getStartsOn(), r.getEndsOn(), r.getBudget(), status(r),
                r.getAcceptedOn() == null ? null
                        : new Acceptance(r.getAcceptedOn(), r.into(ResearchColumns.RATING).value1(), r.getAcceptanceNotes()),
                r.getStoppedOn() == null ? null : new Stop(r.getStoppedOn(), r.getStopReason()),
                r.getNotes(), attachments);
    }
}
