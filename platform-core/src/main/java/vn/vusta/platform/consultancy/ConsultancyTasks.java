package vn.vusta.platform.consultancy;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.platform.audit.AuditLog;
import vn.vusta.platform.db.jooq.tables.records.ConsultancyTaskRecord;
import vn.vusta.platform.db.jooq.tables.records.ConsultancyTaskTransitionRecord;
import vn.vusta.platform.identity.Actor;
import vn.vusta.platform.refusal.ConstraintRefusals;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.tenancy.AccessScope;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static vn.vusta.platform.db.jooq.Tables.CONSULTANCY_TASK;
import static vn.vusta.platform.db.jooq.Tables.CONSULTANCY_TASK_TRANSITION;

/**
 * The consultancy, critique and social assessment tasks (nhiệm vụ tư vấn, phản biện và giám định xã hội) of the
 * current tenant's union: the plan, each task's record and panel while it is open, and its history. The steps of the
 * workflow are {@link TaskWorkflow}'s. Every change is audited in its transaction.
 */
@Service
public class ConsultancyTasks {

    static final ConstraintRefusals REFUSALS = ConstraintRefusals.of(Map.of(
            "consultancy_task_lead_unit_fkey", RefusedException.invalid("leadUnitId", "consultancy.refusal.lead-unit-unknown"),
            "consultancy_task_due_after_assignment", RefusedException.invalid("dueOn", "consultancy.refusal.due-before-assignment"),
            "consultancy_task_plan_year_plausible", RefusedException.invalid("planYear", "consultancy.refusal.plan-year-implausible"),
            "consultancy_task_steps_in_order", RefusedException.invalid("assignedOn", "consultancy.refusal.assigned-after-steps"),
            "consultancy_task_subject_present", RefusedException.invalid("subject", "consultancy.refusal.blank"),
            "consultancy_task_authority_present", RefusedException.invalid("authority", "consultancy.refusal.blank"),
            "consultancy_task_assignment_number_present", RefusedException.invalid("assignmentNumber", "consultancy.refusal.blank"),
            "consultancy_panel_member_member_fkey", RefusedException.invalid("panelMemberIds", "consultancy.refusal.panel-member-unknown")));

    private final DSLContext db;
    private final TaskReader reader;
    private final ExpertPanels panels;
    private final AuditLog audit;

    ConsultancyTasks(DSLContext db, TaskReader reader, ExpertPanels panels, AuditLog audit) {
        this.db = db;
        this.reader = reader;
        this.panels = panels;
        this.audit = audit;
    }

    /** The tasks the query finds: newest plan first, then in order of assignment. */
    @Transactional(readOnly = true)
    public List<Task> list(TaskQuery query) {
        var conditions = new ArrayList<Condition>();
        conditions.add(CONSULTANCY_TASK.TENANT_ID.eq(AccessScope.currentTenant().id()));
        if (query.year() != null) {
            conditions.add(CONSULTANCY_TASK.PLAN_YEAR.eq(query.year().shortValue()));
        }
        if (query.status() != null) {
            conditions.add(ConsultancyColumns.STATUS.eq(query.status()));
        }
        if (query.authorityKind() != null) {
            conditions.add(ConsultancyColumns.AUTHORITY_KIND.eq(query.authorityKind()));
        }
        if (query.kind() != null) {
            conditions.add(ConsultancyColumns.KIND.eq(query.kind()));
        }
        return reader.fetch(DSL.and(conditions));
    }

    @Transactional(readOnly = true)
    public Optional<Task> find(UUID id) {
        return reader.find(id);
    }

    /** The plan years that have tasks, newest first. */
    @Transactional(readOnly = true)
    public List<Integer> years() {
        return db.selectDistinct(CONSULTANCY_TASK.PLAN_YEAR).from(CONSULTANCY_TASK)
                .where(CONSULTANCY_TASK.TENANT_ID.eq(AccessScope.currentTenant().id()))
                .orderBy(CONSULTANCY_TASK.PLAN_YEAR.desc())
                .fetch(r -> r.value1().intValue());
    }

    /** A task's assignment and every step since, oldest first; empty when there is no such task. */
    @Transactional(readOnly = true)
    public Optional<List<Step>> history(UUID id) {
        if (!db.fetchExists(CONSULTANCY_TASK, CONSULTANCY_TASK.ID.eq(id))) {
            return Optional.empty();
        }
        return Optional.of(db.selectFrom(CONSULTANCY_TASK_TRANSITION)
                .where(CONSULTANCY_TASK_TRANSITION.TASK_ID.eq(id))
                .orderBy(CONSULTANCY_TASK_TRANSITION.RECORDED_AT, CONSULTANCY_TASK_TRANSITION.ID)
                .fetch(ConsultancyTasks::toStep));
    }

    /** Records a task assigned to the union, with its panel; its history begins with the assignment. */
    @Transactional
    public Task create(TaskDraft draft) {
        check(draft);
        try {
            ConsultancyTaskRecord created = db.insertInto(CONSULTANCY_TASK)
                    .set(CONSULTANCY_TASK.TENANT_ID, AccessScope.currentTenant().id())
                    .set(values(draft))
                    .returning()
                    .fetchSingle();
            audit.record("consultancy-task.created", null, created, created.getId());
            ConsultancyTaskTransitionRecord assignment = db.insertInto(CONSULTANCY_TASK_TRANSITION)
                    .set(CONSULTANCY_TASK_TRANSITION.TENANT_ID, created.getTenantId())
                    .set(CONSULTANCY_TASK_TRANSITION.TASK_ID, created.getId())
                    .set(ConsultancyColumns.TO_STATUS, TaskStatus.ASSIGNED)
                    .set(CONSULTANCY_TASK_TRANSITION.HAPPENED_ON, created.getAssignedOn())
                    .set(CONSULTANCY_TASK_TRANSITION.ACTOR, Actor.current().username())
                    .returning()
                    .fetchSingle();
            audit.record("consultancy-task-transition.recorded", null, assignment, assignment.getId());
            panels.set(created.getId(), draft.panelMemberIds());
            return find(created.getId()).orElseThrow();
        } catch (DataAccessException | org.jooq.exception.DataAccessException e) {
            throw REFUSALS.translated(e);
        }
    }

    /**
     * Changes a task that is neither accepted nor cancelled, panel included; empty when there is no such task. The
     * day of the assignment in its history follows a corrected assignment date.
     */
    @Transactional
    public Optional<Task> update(UUID id, TaskDraft draft) {
        Optional<ConsultancyTaskRecord> before = db.selectFrom(CONSULTANCY_TASK).where(CONSULTANCY_TASK.ID.eq(id))
                .forUpdate().fetchOptional();
        if (before.isEmpty()) {
            return Optional.empty();
        }
        if (before.get().into(ConsultancyColumns.STATUS).value1().isFinal()) {
            throw RefusedException.conflict("status", "consultancy.refusal.final");
        }
        check(draft);
        try {
            ConsultancyTaskRecord after = db.update(CONSULTANCY_TASK)
                    .set(values(draft))
                    .set(CONSULTANCY_TASK.UPDATED_AT, OffsetDateTime.now())
                    .where(CONSULTANCY_TASK.ID.eq(id))
                    .returning()
                    .fetchSingle();
            audit.record("consultancy-task.updated", before.get(), after, id);
            if (!after.getAssignedOn().equals(before.get().getAssignedOn())) {
                var assignment = CONSULTANCY_TASK_TRANSITION.TASK_ID.eq(id).and(CONSULTANCY_TASK_TRANSITION.FROM_STATUS.isNull());
                ConsultancyTaskTransitionRecord assigned = db.selectFrom(CONSULTANCY_TASK_TRANSITION).where(assignment).fetchSingle();
                ConsultancyTaskTransitionRecord redated = db.update(CONSULTANCY_TASK_TRANSITION)
                        .set(CONSULTANCY_TASK_TRANSITION.HAPPENED_ON, after.getAssignedOn())
                        .where(assignment)
                        .returning()
                        .fetchSingle();
                audit.record("consultancy-task-transition.redated", assigned, redated, redated.getId());
            }
            panels.set(id, draft.panelMemberIds());
            return find(id);
        } catch (DataAccessException | org.jooq.exception.DataAccessException e) {
            throw REFUSALS.translated(e);
        }
    }

    /** What the constraints would refuse too, said first and more clearly. */
    private static void check(TaskDraft draft) {
        if (draft.dueOn().isBefore(draft.assignedOn())) {
            throw RefusedException.invalid("dueOn", "consultancy.refusal.due-before-assignment");
        }
    }

    private static Map<Field<?>, Object> values(TaskDraft draft) {
        var values = new HashMap<Field<?>, Object>();
        values.put(CONSULTANCY_TASK.PLAN_YEAR, (short) draft.planYear());
        values.put(ConsultancyColumns.KIND, draft.kind());
        values.put(CONSULTANCY_TASK.SUBJECT, draft.subject());
        values.put(ConsultancyColumns.AUTHORITY_KIND, draft.authorityKind());
        values.put(CONSULTANCY_TASK.AUTHORITY, draft.authority());
        values.put(CONSULTANCY_TASK.ASSIGNMENT_NUMBER, draft.assignmentNumber());
        values.put(CONSULTANCY_TASK.ASSIGNED_ON, draft.assignedOn());
        values.put(CONSULTANCY_TASK.DUE_ON, draft.dueOn());
        values.put(CONSULTANCY_TASK.LEAD_UNIT_ID, draft.leadUnitId());
        return values;
    }

    static Step toStep(ConsultancyTaskTransitionRecord r) {
        return new Step(r.into(ConsultancyColumns.FROM_STATUS).value1(),
                r.into(ConsultancyColumns.TO_STATUS).value1(), r.getHappenedOn(), r.getActor(), r.getRecordedAt(), r.getComment());
    }
}
