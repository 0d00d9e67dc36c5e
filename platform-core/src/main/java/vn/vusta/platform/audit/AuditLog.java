package vn.vusta.platform.audit;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.JSONFormat;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.platform.db.jooq.tables.records.AuditEventRecord;
import vn.vusta.platform.identity.Actor;
import vn.vusta.platform.tenancy.AccessScope;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import static vn.vusta.platform.db.jooq.Tables.AUDIT_EVENT;
import vn.vusta.platform.calendar.VietnamTime;

/**
 * The append-only audit log. A write records itself in the same transaction, so a write that fails leaves no
 * entry and an entry never describes a write that did not happen. PostgreSQL refuses to change or delete entries.
 */
@Service
public class AuditLog {

    private static final JSONFormat OBJECT = JSONFormat.DEFAULT_FOR_RECORDS.recordFormat(JSONFormat.RecordFormat.OBJECT);

    private final DSLContext db;
    private final ApplicationEventPublisher events;

    AuditLog(DSLContext db, ApplicationEventPublisher events) {
        this.db = db;
        this.events = events;
    }

    /** Records a write of the current tenant by the current actor; joins the write's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, TableRecord<?> before, TableRecord<?> after, Object objectId) {
        TableRecord<?> object = after != null ? after : before;
        record(action, object.getTable().getName(), objectId, json(before), json(after));
    }

    /**
     * Records a change made outside the database (a Keycloak user, say) for the current tenant.
     *
     * @param before the object before, as JSON, or null
     * @param after  the object after, as JSON, or null
     */
    @Transactional
    public void record(String action, String objectType, Object objectId, String before, String after) {
        record(action, objectType, objectId, before == null ? null : JSONB.valueOf(before),
                after == null ? null : JSONB.valueOf(after));
    }

    private void record(String action, String objectType, Object objectId, JSONB before, JSONB after) {
        var tenantId = AccessScope.currentTenant().id();
        db.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.TENANT_ID, tenantId)
                .set(AUDIT_EVENT.ACTOR, Actor.current().username())
                .set(AUDIT_EVENT.ACTION, action)
                .set(AUDIT_EVENT.OBJECT_TYPE, objectType)
                .set(AUDIT_EVENT.OBJECT_ID, String.valueOf(objectId))
                .set(AUDIT_EVENT.BEFORE, before)
                .set(AUDIT_EVENT.AFTER, after)
                .execute();
        // Every write passes here, inside its transaction: what derives from tenant data (dashboards) learns of it.
        events.publishEvent(new AuditRecorded(tenantId, action, objectType));
    }

    /** Newest first; the scope decides whose entries: a tenant's own, or every tenant's in the national scope. */
    @Transactional(readOnly = true)
    public List<AuditEvent> search(AuditQuery query) {
        return db.selectFrom(AUDIT_EVENT)
                .where(conditions(query))
                .orderBy(AUDIT_EVENT.OCCURRED_AT.desc(), AUDIT_EVENT.ID.desc())
                .offset(query.offset())
                .limit(query.limit())
                .fetch(AuditLog::toEvent);
    }

    /** How many entries the filter finds, whatever its page. */
    @Transactional(readOnly = true)
    public int count(AuditQuery query) {
        return db.fetchCount(AUDIT_EVENT, conditions(query));
    }

    /** Every entry the filter finds, newest first, read from a cursor: an export of a whole log holds no list. */
    @Transactional(readOnly = true)
    public void forEach(AuditQuery query, int atMost, Consumer<AuditEvent> each) {
        try (var cursor = db.selectFrom(AUDIT_EVENT)
                .where(conditions(query))
                .orderBy(AUDIT_EVENT.OCCURRED_AT.desc(), AUDIT_EVENT.ID.desc())
                .limit(atMost)
                .fetchSize(1000)
                .fetchLazy()) {
            for (AuditEventRecord r : cursor) {
                each.accept(toEvent(r));
            }
        }
    }

    /**
     * What the log holds to filter by: who acted, the actions and the kinds of record, each once, for the filter's
     * tenant (or the scope's).
     */
    public record Choices(List<String> actors, List<String> actions, List<String> objectTypes) {
    }

    @Transactional(readOnly = true)
    public Choices choices(UUID tenantId) {
        Condition tenant = tenantId == null ? DSL.noCondition() : AUDIT_EVENT.TENANT_ID.eq(tenantId);
        return new Choices(
                db.selectDistinct(AUDIT_EVENT.ACTOR).from(AUDIT_EVENT).where(tenant).orderBy(AUDIT_EVENT.ACTOR).fetch(AUDIT_EVENT.ACTOR),
                db.selectDistinct(AUDIT_EVENT.ACTION).from(AUDIT_EVENT).where(tenant).orderBy(AUDIT_EVENT.ACTION).fetch(AUDIT_EVENT.ACTION),
                db.selectDistinct(AUDIT_EVENT.OBJECT_TYPE).from(AUDIT_EVENT).where(tenant).orderBy(AUDIT_EVENT.OBJECT_TYPE)
                        .fetch(AUDIT_EVENT.OBJECT_TYPE));
    }

    private static Condition conditions(AuditQuery query) {
        var conditions = new ArrayList<Condition>();
        if (query.tenantId() != null) {
            conditions.add(AUDIT_EVENT.TENANT_ID.eq(query.tenantId()));
        }
        if (query.actionPrefix() != null && !query.actionPrefix().isBlank()) {
            conditions.add(AUDIT_EVENT.ACTION.startsWith(query.actionPrefix().strip()));
        }
        if (query.actor() != null && !query.actor().isBlank()) {
            conditions.add(AUDIT_EVENT.ACTOR.eq(query.actor().strip()));
        }
        if (query.objectType() != null && !query.objectType().isBlank()) {
            conditions.add(AUDIT_EVENT.OBJECT_TYPE.eq(query.objectType().strip()));
        }
        if (query.from() != null) {
            conditions.add(AUDIT_EVENT.OCCURRED_AT.ge(query.from().atStartOfDay(VietnamTime.ZONE).toOffsetDateTime()));
        }
        if (query.to() != null) {
            conditions.add(AUDIT_EVENT.OCCURRED_AT.le(query.to().atTime(LocalTime.MAX).atZone(VietnamTime.ZONE).toOffsetDateTime()));
        }
        return DSL.and(conditions);
    }

    /** Every recorded change of one object, oldest first. */
    @Transactional(readOnly = true)
    public List<AuditEvent> about(String objectType, Object objectId) {
        return db.selectFrom(AUDIT_EVENT)
                .where(AUDIT_EVENT.OBJECT_TYPE.eq(objectType), AUDIT_EVENT.OBJECT_ID.eq(String.valueOf(objectId)))
                .orderBy(AUDIT_EVENT.OCCURRED_AT, AUDIT_EVENT.ID)
                .fetch(AuditLog::toEvent);
    }

    private static JSONB json(TableRecord<?> record) {
        return record == null ? null : JSONB.valueOf(record.formatJSON(OBJECT));
    }

    private static AuditEvent toEvent(AuditEventRecord r) {
        return new AuditEvent(r.getTenantId(), r.getId(), r.getOccurredAt(), r.getActor(), r.getAction(),
                r.getObjectType(), r.getObjectId(),
                r.getBefore() == null ? null : r.getBefore().data(),
                r.getAfter() == null ? null : r.getAfter().data());
    }
}
