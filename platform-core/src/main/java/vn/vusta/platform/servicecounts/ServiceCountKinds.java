package vn.vusta.platform.servicecounts;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.platform.audit.AuditLog;
import vn.vusta.platform.db.jooq.tables.records.ServiceCountKindRecord;
import vn.vusta.platform.refusal.ConstraintRefusals;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.tenancy.AccessScope;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static vn.vusta.platform.db.jooq.Tables.SERVICE_COUNT_KIND;

/**
 * The kinds of service the current tenant's union counts, which it configures itself: it adds a kind, renames it,
 * retires it (its counts stay; it takes no new ones) and may bring it back. Every change is audited.
 */
@Service
public class ServiceCountKinds {

    private final DSLContext db;
    private final AuditLog audit;

    ServiceCountKinds(DSLContext db, AuditLog audit) {
        this.db = db;
        this.audit = audit;
    }

    /** In the order they were added, the retired ones last (or left out). */
    @Transactional(readOnly = true)
    public List<ServiceCountKind> list(boolean withRetired) {
        return db.selectFrom(SERVICE_COUNT_KIND)
                .where(AccessScope.ownRows(SERVICE_COUNT_KIND.TENANT_ID))
                .and(withRetired ? DSL.noCondition() : SERVICE_COUNT_KIND.RETIRED_AT.isNull())
                .orderBy(SERVICE_COUNT_KIND.RETIRED_AT.isNotNull(), SERVICE_COUNT_KIND.ID)
                .fetch(ServiceCountKinds::toKind);
    }

    @Transactional(readOnly = true)
    public Optional<ServiceCountKind> find(UUID id) {
        return db.selectFrom(SERVICE_COUNT_KIND).where(SERVICE_COUNT_KIND.ID.eq(id)).fetchOptional(ServiceCountKinds::toKind);
    }

    @Transactional
    public ServiceCountKind create(KindDraft draft) {
        check(draft);
        try {
            ServiceCountKindRecord created = db.insertInto(SERVICE_COUNT_KIND)
                    .set(SERVICE_COUNT_KIND.TENANT_ID, AccessScope.currentTenant().id())
                    .set(SERVICE_COUNT_KIND.NAME, draft.name().strip())
                    .set(SERVICE_COUNT_KIND.UNIT_OF_COUNT, draft.unitOfCount().strip())
                    .returning()
                    .fetchSingle();
            audit.record("service-count-kind.created", null, created, created.getId());
            return toKind(created);
        } catch (org.springframework.dao.DataAccessException | org.jooq.exception.DataAccessException e) {
            throw refusals().translated(e);
        }
    }

    /** Renames a kind or its unit of count; its counts follow. Empty when there is no such kind. */
    @Transactional
    public Optional<ServiceCountKind> update(UUID id, KindDraft draft) {
        Optional<ServiceCountKindRecord> before = locked(id);
        if (before.isEmpty()) {
            return Optional.empty();
        }
        check(draft);
        try {
            ServiceCountKindRecord after = db.update(SERVICE_COUNT_KIND)
                    .set(SERVICE_COUNT_KIND.NAME, draft.name().strip())
                    .set(SERVICE_COUNT_KIND.UNIT_OF_COUNT, draft.unitOfCount().strip())
                    .where(SERVICE_COUNT_KIND.ID.eq(id))
                    .returning()
                    .fetchSingle();
            audit.record("service-count-kind.renamed", before.get(), after, id);
            return Optional.of(toKind(after));
        } catch (org.springframework.dao.DataAccessException | org.jooq.exception.DataAccessException e) {
            throw refusals().translated(e);
        }
    }

    /** The kind takes no new counts from now on; empty when there is no such kind. */
    @Transactional
    public Optional<ServiceCountKind> retire(UUID id) {
        return setRetired(id, true);
    }

    /** A retired kind takes counts again; empty when there is no such kind. */
    @Transactional
    public Optional<ServiceCountKind> reinstate(UUID id) {
        return setRetired(id, false);
    }

    private Optional<ServiceCountKind> setRetired(UUID id, boolean retired) {
        Optional<ServiceCountKindRecord> before = locked(id);
        if (before.isEmpty()) {
            return Optional.empty();
        }
        if ((before.get().getRetiredAt() != null) == retired) {
            return before.map(ServiceCountKinds::toKind);
        }
        ServiceCountKindRecord after = db.update(SERVICE_COUNT_KIND)
                .set(SERVICE_COUNT_KIND.RETIRED_AT, retired ? OffsetDateTime.now() : null)
                .where(SERVICE_COUNT_KIND.ID.eq(id))
                .returning()
                .fetchSingle();
        audit.record(retired ? "service-count-kind.retired" : "service-count-kind.reinstated", before.get(), after, id);
        return Optional.of(toKind(after));
    }

    private static void check(KindDraft draft) {
        if (draft.name() == null || draft.name().isBlank()) {
            throw RefusedException.invalid("name", "service-counts.refusal.kind-name-missing");
        }
        if (draft.unitOfCount() == null || draft.unitOfCount().isBlank()) {
            throw RefusedException.invalid("unitOfCount", "service-counts.refusal.unit-of-count-missing");
        }
    }

    private static ConstraintRefusals refusals() {
        return ConstraintRefusals.of(Map.of(
                "service_count_kind_name_key", RefusedException.conflict("name", "service-counts.refusal.kind-name-taken")));
    }

    private Optional<ServiceCountKindRecord> locked(UUID id) {
        return db.selectFrom(SERVICE_COUNT_KIND).where(SERVICE_COUNT_KIND.ID.eq(id)).forUpdate().fetchOptional();
    }

    static ServiceCountKind toKind(ServiceCountKindRecord r) {
        return new ServiceCountKind(r.getId(), r.getName(), r.getUnitOfCount(), r.getRetiredAt() != null);
    }
}
