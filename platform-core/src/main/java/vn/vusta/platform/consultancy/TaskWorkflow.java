package vn.vusta.platform.consultancy;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.platform.audit.AuditLog;
import vn.vusta.platform.calendar.VietnamTime;
import vn.vusta.platform.db.jooq.tables.records.ConsultancyTaskRecord;
import vn.vusta.platform.db.jooq.tables.records.ConsultancyTaskTransitionRecord;
import vn.vusta.platform.identity.Actor;
import vn.vusta.platform.refusal.RefusedException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import static vn.vusta.platform.db.jooq.Tables.CONSULTANCY_TASK;
import static vn.vusta.platform.db.jooq.Tables.CONSULTANCY_TASK_TRANSITION;

/**
 * The steps of a task's workflow: start the work, submit the report, record the authority's acceptance with its
 * assessment, or cancel with a reason. Each step locks the task, so of two users moving it at once the second finds
 * it moved and is refused; each is written to the task's history and audited in its transaction. The methods return
 * empty when there is no such task.
 */
@Service
public class TaskWorkflow {

    private static final Runnable NOTHING_ALONGSIDE = () -> {
    };
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final DSLContext db;
    private final TaskReader reader;
    private final TaskFiles files;
    private final AuditLog audit;

    TaskWorkflow(DSLContext db, TaskReader reader, TaskFiles files, AuditLog audit) {
        this.db = db;
        this.reader = reader;
        this.files = files;
        this.audit = audit;
    }

    /** The panel begins its work (bắt đầu thực hiện). */
    @Transactional
    public Optional<Task> start(UUID id, StepEntry entry) {
        return move(id, Transition.START, entry.on(), entry.comment(), Map.of(), NOTHING_ALONGSIDE);
    }

    /**
     * The union submits its report of the result to the authority (nộp báo cáo kết quả): not without the result
     * document, which the submission brings or names, or which the task has already.
     */
    @Transactional
    public Optional<Task> submitReport(UUID id, ReportSubmission submission) {
        return move(id, Transition.SUBMIT_REPORT, submission.on(), submission.comment(), Map.of(), () -> {
            if (submission.upload() != null) {
                files.markResult(id, files.attachLocked(id, submission.upload()).id());
            } else if (submission.resultFileId() != null && !files.markResult(id, submission.resultFileId())) {
                throw RefusedException.invalid("resultFileId", "consultancy.refusal.result-not-attached");
            }
            if (!files.hasResult(id)) {
                throw RefusedException.invalid("resultFileId", "consultancy.refusal.result-missing");
            }
        });
    }

    /** The authority accepts the result (nghiệm thu), with its assessment, which is required, and a rating. */
    @Transactional
    public Optional<Task> accept(UUID id, Acceptance acceptance) {
        var values = new LinkedHashMap<Field<?>, Object>();
        values.put(CONSULTANCY_TASK.ASSESSMENT, blankToNull(acceptance.assessment()));
        values.put(ConsultancyColumns.ASSESSMENT_RATING, acceptance.rating());
        return move(id, Transition.ACCEPT, acceptance.on(), acceptance.comment(), values, NOTHING_ALONGSIDE);
    }

    /** The task is cancelled (hủy) before it was accepted, for a reason, which is required. */
    @Transactional
    public Optional<Task> cancel(UUID id, Cancellation cancellation) {
        var values = new LinkedHashMap<Field<?>, Object>();
        values.put(CONSULTANCY_TASK.CANCEL_REASON, blankToNull(cancellation.reason()));
        return move(id, Transition.CANCEL, cancellation.on(), cancellation.reason(), values, NOTHING_ALONGSIDE);
    }

    /**
     * Takes a step: checks it may be taken from the task's status, on that day, with what it needs; runs what the
     * step brings along ({@code alongside}, which may refuse too); then moves the task and writes its history.
     */
    private Optional<Task> move(UUID id, Transition transition, LocalDate requestedDay, String comment,
                                Map<Field<?>, Object> values, Runnable alongside) {
        Optional<ConsultancyTaskRecord> found = db.selectFrom(CONSULTANCY_TASK).where(CONSULTANCY_TASK.ID.eq(id))
                .forUpdate().fetchOptional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ConsultancyTaskRecord before = found.get();
        TaskStatus from = before.into(ConsultancyColumns.STATUS).value1();
        if (!transition.allowedFrom(from)) {
            throw RefusedException.conflict("status", transition.refusal(from));
        }
        if (transition == Transition.CANCEL && values.get(CONSULTANCY_TASK.CANCEL_REASON) == null) {
            throw RefusedException.invalid("reason", "consultancy.refusal.reason-missing");
        }
        if (transition == Transition.ACCEPT && values.get(CONSULTANCY_TASK.ASSESSMENT) == null) {
            throw RefusedException.invalid("assessment", "consultancy.refusal.assessment-missing");
        }
        LocalDate day = requestedDay == null ? VietnamTime.today() : requestedDay;
        if (day.isAfter(VietnamTime.today())) {
            throw RefusedException.invalid("date", "consultancy.refusal.date-in-future");
        }
        LocalDate previous = Stream.of(before.getAssignedOn(), before.getStartedOn(), before.getReportSubmittedOn())
                .filter(d -> d != null).max(LocalDate::compareTo).orElseThrow();
        if (day.isBefore(previous)) {
            throw RefusedException.invalid("date", "consultancy.refusal.date-before-previous", previous.format(DAY));
        }
        alongside.run();
        try {
            ConsultancyTaskRecord after = db.update(CONSULTANCY_TASK)
                    .set(ConsultancyColumns.STATUS, transition.to())
                    .set(dayOf(transition), day)
                    .set(values)
                    .set(CONSULTANCY_TASK.UPDATED_AT, OffsetDateTime.now())
                    // The lock above makes this hold; the condition keeps it so should the lock ever go.
                    .where(CONSULTANCY_TASK.ID.eq(id), ConsultancyColumns.STATUS.eq(from))
                    .returning()
                    .fetchOptional()
                    .orElseThrow(() -> RefusedException.conflict("status", "consultancy.refusal.moved-meanwhile"));
            audit.record("consultancy-task." + transition.path(), before, after, id);
            ConsultancyTaskTransitionRecord step = db.insertInto(CONSULTANCY_TASK_TRANSITION)
                    .set(CONSULTANCY_TASK_TRANSITION.TENANT_ID, before.getTenantId())
                    .set(CONSULTANCY_TASK_TRANSITION.TASK_ID, id)
                    .set(ConsultancyColumns.FROM_STATUS, from)
                    .set(ConsultancyColumns.TO_STATUS, transition.to())
                    .set(CONSULTANCY_TASK_TRANSITION.HAPPENED_ON, day)
                    .set(CONSULTANCY_TASK_TRANSITION.ACTOR, Actor.current().username())
                    .set(CONSULTANCY_TASK_TRANSITION.COMMENT, blankToNull(comment))
                    .returning()
                    .fetchSingle();
            audit.record("consultancy-task-transition.recorded", null, step, step.getId());
            return reader.find(id);
        } catch (DataAccessException | org.jooq.exception.DataAccessException e) {
            throw ConsultancyTasks.REFUSALS.translated(e);
        }
    }

    private static Field<LocalDate> dayOf(Transition transition) {
        return switch (transition) {
            case START -> CONSULTANCY_TASK.STARTED_ON;
            case SUBMIT_REPORT -> CONSULTANCY_TASK.REPORT_SUBMITTED_ON;
            case ACCEPT -> CONSULTANCY_TASK.ACCEPTED_ON;
            case CANCEL -> CONSULTANCY_TASK.CANCELLED_ON;
        };
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
