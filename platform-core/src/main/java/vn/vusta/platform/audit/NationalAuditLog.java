package vn.vusta.platform.audit;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.JSONFormat;
import org.jooq.TableRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.platform.identity.Actor;

import java.time.OffsetDateTime;
import java.util.List;

import static vn.vusta.platform.db.jooq.Tables.NATIONAL_AUDIT_EVENT;

/**
 * The national union's append-only audit log: writes of national data (the reporting calendar, the clusters of
 * provinces), which belong to no tenant. Like {@link AuditLog}, an entry joins the write's transaction.
 */
@Service
public class NationalAuditLog {

    private static final JSONFormat OBJECT = JSONFormat.DEFAULT_FOR_RECORDS.recordFormat(JSONFormat.RecordFormat.OBJECT);

    /** One entry; the tenant is always null. */
    public record Entry(OffsetDateTime occurredAt, String actor, String action, String objectType,
                        String objectId, String before, String after) {
    }

    private final DSLContext db;

    NationalAuditLog(DSLContext db) {
        this.db = db;
    }

    /** Records a write of national data by the current actor; before or after is null for a creation or removal. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, TableRecord<?> before, TableRecord<?> after, Object objectId) {
        TableRecord<?> object = after != null ? after : before;
        db.insertInto(NATIONAL_AUDIT_EVENT)
                .set(NATIONAL_AUDIT_EVENT.ACTOR, Actor.current().username())
                .set(NATIONAL_AUDIT_EVENT.ACTION, action)
                .set(NATIONAL_AUDIT_EVENT.OBJECT_TYPE, object.getTable().getName())
                .set(NATIONAL_AUDIT_EVENT.OBJECT_ID, String.valueOf(objectId))
                .set(NATIONAL_AUDIT_EVENT.BEFORE, json(before))
                .set(NATIONAL_AUDIT_EVENT.AFTER, json(after))
                .execute();
    }

    /** Every recorded change of one object, oldest first. */
    @Transactional(readOnly = true)
    public List<Entry> about(String objectType, Object objectId) {
        return db.selectFrom(NATIONAL_AUDIT_EVENT)
                .where(NATIONAL_AUDIT_EVENT.OBJECT_TYPE.eq(objectType), NATIONAL_AUDIT_EVENT.OBJECT_ID.eq(String.valueOf(objectId)))
                .orderBy(NATIONAL_AUDIT_EVENT.OCCURRED_AT, NATIONAL_AUDIT_EVENT.ID)
                .fetch(r -> new Entry(r.getOccurredAt(), r.getActor(), r.getAction(), r.getObjectType(), r.getObjectId(),
                        r.getBefore() == null ? null : r.getBefore().data(), r.getAfter() == null ? null : r.getAfter().data()));
    }

    private static JSONB json(TableRecord<?> record) {
        return record == null ? null : JSONB.valueOf(record.formatJSON(OBJECT));
    }
}
