package vn.vusta.platform.consultancy;

import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.platform.audit.AuditLog;
import vn.vusta.platform.db.jooq.tables.records.ConsultancyTaskAttachmentRecord;
import vn.vusta.platform.db.jooq.tables.records.ConsultancyTaskRecord;
import vn.vusta.platform.files.StoredFile;
import vn.vusta.platform.files.StoredFiles;
import vn.vusta.platform.files.Upload;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.tenancy.AccessScope;

import java.util.Optional;
import java.util.UUID;

import static vn.vusta.platform.db.jooq.Tables.CONSULTANCY_TASK;
import static vn.vusta.platform.db.jooq.Tables.CONSULTANCY_TASK_ATTACHMENT;

/**
 * The files of a task while it is open: its result document and any other. The result document of a submitted
 * report stays as submitted. Each change locks the task, as its steps do, and is audited in its transaction; the
 * methods return empty when there is no such task (or file of it).
 */
@Service
public class TaskFiles {

    private final DSLContext db;
    private final StoredFiles files;
    private final TaskReader reader;
    private final AuditLog audit;

    TaskFiles(DSLContext db, StoredFiles files, TaskReader reader, AuditLog audit) {
        this.db = db;
        this.files = files;
        this.reader = reader;
        this.audit = audit;
    }

    /** Attaches a file to a task; {@code result} makes it the task's result document in place of any other. */
    @Transactional
    public Optional<Task> attach(UUID taskId, Upload upload, boolean result) {
        Optional<ConsultancyTaskRecord> task = lock(taskId);
        if (task.isEmpty()) {
            return Optional.empty();
        }
        TaskStatus status = task.get().into(ConsultancyColumns.STATUS).value1();
        if (status.isFinal()) {
            throw RefusedException.conflict("status", "consultancy.refusal.final");
        }
        if (result && status == TaskStatus.REPORT_SUBMITTED) {
            throw RefusedException.conflict("result", "consultancy.refusal.result-submitted");
        }
        StoredFile file = attachLocked(taskId, upload);
        if (result) {
            markResult(taskId, file.id());
        }
        return reader.find(taskId);
    }

    /** Removes a file from a task and deletes it; the result document of a submitted report stays. */
    @Transactional
    public Optional<Task> detach(UUID taskId, UUID fileId) {
        Optional<ConsultancyTaskRecord> task = lock(taskId);
        if (task.isEmpty()) {
            return Optional.empty();
        }
        var ofTask = CONSULTANCY_TASK_ATTACHMENT.TASK_ID.eq(taskId).and(CONSULTANCY_TASK_ATTACHMENT.FILE_ID.eq(fileId));
        Optional<ConsultancyTaskAttachmentRecord> link = db.selectFrom(CONSULTANCY_TASK_ATTACHMENT).where(ofTask).fetchOptional();
        if (link.isEmpty()) {
            return Optional.empty();
        }
        TaskStatus status = task.get().into(ConsultancyColumns.STATUS).value1();
        if (status.isFinal()) {
            throw RefusedException.conflict("status", "consultancy.refusal.final");
        }
        if (link.get().getResult() && status == TaskStatus.REPORT_SUBMITTED) {
            throw RefusedException.conflict("fileId", "consultancy.refusal.result-submitted");
        }
        db.deleteFrom(CONSULTANCY_TASK_ATTACHMENT).where(ofTask).execute();
        audit.record("consultancy-task-attachment.removed", link.get(), null, taskId);
        files.delete(fileId);
        return reader.find(taskId);
    }

    /** Stores a file and links it to a task whose row the caller has locked. */
    @Transactional(propagation = Propagation.MANDATORY)
    StoredFile attachLocked(UUID taskId, Upload upload) {
        StoredFile file = files.store(upload);
        link(taskId, file.id());
        return file;
    }

    /** Makes a file of the task its result document, in place of any other; false when the task has no such file. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean markResult(UUID taskId, UUID fileId) {
        var ofTask = CONSULTANCY_TASK_ATTACHMENT.TASK_ID.eq(taskId);
        if (!db.fetchExists(CONSULTANCY_TASK_ATTACHMENT, ofTask.and(CONSULTANCY_TASK_ATTACHMENT.FILE_ID.eq(fileId)))) {
            return false;
        }
        var before = db.selectFrom(CONSULTANCY_TASK_ATTACHMENT).where(ofTask).fetchMap(CONSULTANCY_TASK_ATTACHMENT.FILE_ID);
        // The former result first: one result per task, checked as each row changes.
        var changed = db.update(CONSULTANCY_TASK_ATTACHMENT).set(CONSULTANCY_TASK_ATTACHMENT.RESULT, false)
                .where(ofTask, CONSULTANCY_TASK_ATTACHMENT.RESULT.isTrue(), CONSULTANCY_TASK_ATTACHMENT.FILE_ID.ne(fileId))
                .returning().fetch();
        changed.addAll(db.update(CONSULTANCY_TASK_ATTACHMENT).set(CONSULTANCY_TASK_ATTACHMENT.RESULT, true)
                .where(ofTask, CONSULTANCY_TASK_ATTACHMENT.FILE_ID.eq(fileId), CONSULTANCY_TASK_ATTACHMENT.RESULT.isFalse())
                .returning().fetch());
        for (ConsultancyTaskAttachmentRecord after : changed) {
            audit.record("consultancy-task-attachment.result-changed", before.get(after.getFileId()), after, taskId);
        }
        return true;
    }

    /** Whether the task has a result document. */
    boolean hasResult(UUID taskId) {
        return db.fetchExists(CONSULTANCY_TASK_ATTACHMENT,
                CONSULTANCY_TASK_ATTACHMENT.TASK_ID.eq(taskId).and(CONSULTANCY_TASK_ATTACHMENT.RESULT.isTrue()));
    }

    private void link(UUID taskId, UUID fileId) {
        ConsultancyTaskAttachmentRecord added = db.insertInto(CONSULTANCY_TASK_ATTACHMENT)
                .set(CONSULTANCY_TASK_ATTACHMENT.TENANT_ID, AccessScope.currentTenant().id())
                .set(CONSULTANCY_TASK_ATTACHMENT.TASK_ID, taskId)
                .set(CONSULTANCY_TASK_ATTACHMENT.FILE_ID, fileId)
                .returning()
                .fetchSingle();
        audit.record("consultancy-task-attachment.added", null, added, taskId);
    }

    private Optional<ConsultancyTaskRecord> lock(UUID taskId) {
        return db.selectFrom(CONSULTANCY_TASK).where(CONSULTANCY_TASK.ID.eq(taskId)).forUpdate().fetchOptional();
    }
}
