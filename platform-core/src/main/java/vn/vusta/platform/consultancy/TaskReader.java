package vn.vusta.platform.consultancy;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Component;
import vn.vusta.platform.calendar.VietnamTime;
import vn.vusta.platform.db.jooq.Routines;
import vn.vusta.platform.db.jooq.tables.records.ConsultancyTaskAttachmentRecord;
import vn.vusta.platform.db.jooq.tables.records.ConsultancyTaskRecord;
import vn.vusta.platform.files.StoredFile;
import vn.vusta.platform.files.StoredFiles;
import vn.vusta.platform.members.Degree;
import vn.vusta.platform.members.MemberColumns;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static vn.vusta.platform.db.jooq.Tables.CONSULTANCY_PANEL_MEMBER;
import static vn.vusta.platform.db.jooq.Tables.CONSULTANCY_TASK;
import static vn.vusta.platform.db.jooq.Tables.CONSULTANCY_TASK_ATTACHMENT;
import static vn.vusta.platform.db.jooq.Tables.MEMBER;
import static vn.vusta.platform.db.jooq.Tables.UNIT;

/** Tasks read with their lead unit's name, their panel and their files, as every view of the plan shows them. */
@Component
class TaskReader {

    /** Degrees too common to be written before a name. */
    private static final Set<Degree> UNWRITTEN = Set.of(Degree.CN, Degree.CD, Degree.TC, Degree.OTHER);

    private final DSLContext db;
    private final StoredFiles files;

    TaskReader(DSLContext db, StoredFiles files) {
        this.db = db;
        this.files = files;
    }

    /** The tasks that meet the condition: newest plan first, then by assignment, then as recorded. */
    List<Task> fetch(Condition condition) {
        LocalDate today = VietnamTime.today();
        List<Record> rows = db.select(CONSULTANCY_TASK.asterisk(), UNIT.NAME)
                .from(CONSULTANCY_TASK)
                .leftJoin(UNIT).on(UNIT.TENANT_ID.eq(CONSULTANCY_TASK.TENANT_ID).and(UNIT.ID.eq(CONSULTANCY_TASK.LEAD_UNIT_ID)))
                .where(condition)
                // Ids are time-ordered (uuidv7): the order in which the tasks were recorded.
                .orderBy(CONSULTANCY_TASK.PLAN_YEAR.desc(), CONSULTANCY_TASK.ASSIGNED_ON, CONSULTANCY_TASK.ID)
                .fetch();
        List<UUID> ids = rows.stream().map(r -> r.get(CONSULTANCY_TASK.ID)).toList();
        Map<UUID, List<PanelExpert>> panels = panels(ids);
        Map<UUID, List<ConsultancyTaskAttachmentRecord>> attached = db.selectFrom(CONSULTANCY_TASK_ATTACHMENT)
                .where(CONSULTANCY_TASK_ATTACHMENT.TASK_ID.in(ids))
                .fetch()
                .stream()
                .collect(Collectors.groupingBy(ConsultancyTaskAttachmentRecord::getTaskId));
        Map<UUID, StoredFile> filesById = files.find(attached.values().stream().flatMap(List::stream)
                        .map(ConsultancyTaskAttachmentRecord::getFileId).toList())
                .stream().collect(Collectors.toMap(StoredFile::id, f -> f));
        var tasks = new ArrayList<Task>(rows.size());
        for (Record row : rows) {
            ConsultancyTaskRecord t = row.into(CONSULTANCY_TASK);
            TaskStatus status = t.into(ConsultancyColumns.STATUS).value1();
            List<ConsultancyTaskAttachmentRecord> links = attached.getOrDefault(t.getId(), List.of());
            // Oldest first, as the files module lists them.
            List<StoredFile> taskFiles = links.stream().map(l -> filesById.get(l.getFileId()))
                    .sorted(Comparator.comparing(StoredFile::uploadedAt).thenComparing(StoredFile::id))
                    .toList();
            UUID resultId = links.stream().filter(ConsultancyTaskAttachmentRecord::getResult)
                    .map(ConsultancyTaskAttachmentRecord::getFileId).findFirst().orElse(null);
            tasks.add(new Task(t.getId(), t.getPlanYear(), t.into(ConsultancyColumns.KIND).value1(), t.getSubject(),
                    t.into(ConsultancyColumns.AUTHORITY_KIND).value1(), t.getAuthority(), t.getAssignmentNumber(),
                    t.getAssignedOn(), t.getDueOn(),
                    t.getLeadUnitId() == null ? null : new LeadUnit(t.getLeadUnitId(), row.get(UNIT.NAME)), status,
                    t.getStartedOn(), t.getReportSubmittedOn(), t.getAcceptedOn(), t.getCancelledOn(), t.getCancelReason(),
                    t.getAssessment(), t.into(ConsultancyColumns.ASSESSMENT_RATING).value1(),
                    panels.getOrDefault(t.getId(), List.of()),
                    taskFiles.stream().filter(f -> f.id().equals(resultId)).findFirst().orElse(null),
                    taskFiles.stream().filter(f -> !f.id().equals(resultId)).toList(),
                    !status.isFinal() && t.getReportSubmittedOn() == null && t.getDueOn().isBefore(today),
                    Transition.from(status)));
        }
        return tasks;
    }

    Optional<Task> find(UUID id) {
        return fetch(CONSULTANCY_TASK.ID.eq(id)).stream().findFirst();
    }

    /** The panels of the tasks, each in Vietnamese order of given names. */
    private Map<UUID, List<PanelExpert>> panels(List<UUID> taskIds) {
        if (taskIds.isEmpty()) {
            return Map.of();
        }
        return db.select(CONSULTANCY_PANEL_MEMBER.TASK_ID, MEMBER.ID, MEMBER.FULL_NAME, MEMBER.ACADEMIC_TITLE,
                        MemberColumns.DEGREE, MEMBER.SPECIALTY, MEMBER.EXPERT)
                .from(CONSULTANCY_PANEL_MEMBER)
                .join(MEMBER).on(MEMBER.TENANT_ID.eq(CONSULTANCY_PANEL_MEMBER.TENANT_ID)
                        .and(MEMBER.ID.eq(CONSULTANCY_PANEL_MEMBER.MEMBER_ID)))
                .where(CONSULTANCY_PANEL_MEMBER.TASK_ID.in(taskIds))
                .orderBy(Routines.givenName(MEMBER.FULL_NAME).collate("vietnamese"), MEMBER.FULL_NAME.collate("vietnamese"))
                .fetch()
                .stream()
                .collect(Collectors.groupingBy(r -> r.get(CONSULTANCY_PANEL_MEMBER.TASK_ID),
                        Collectors.mapping(TaskReader::toExpert, Collectors.toList())));
    }

    static PanelExpert toExpert(Record r) {
        String fullName = r.get(MEMBER.FULL_NAME);
        return new PanelExpert(r.get(MEMBER.ID), fullName,
                writtenName(fullName, r.get(MEMBER.ACADEMIC_TITLE), r.get(MemberColumns.DEGREE)), r.get(MEMBER.SPECIALTY),
                r.get(MEMBER.EXPERT));
    }

    /** "PGS.TS. Lê Công Cường": the title and the degree before the name, as the union writes them. */
    static String writtenName(String fullName, String academicTitle, Degree degree) {
        var prefix = new ArrayList<String>();
        if (academicTitle != null) {
            prefix.add(academicTitle);
        }
        if (degree != null && !UNWRITTEN.contains(degree)) {
            prefix.add(degree.written());
        }
        return prefix.isEmpty() ? fullName : String.join(".", prefix) + ". " + fullName;
    }
}
