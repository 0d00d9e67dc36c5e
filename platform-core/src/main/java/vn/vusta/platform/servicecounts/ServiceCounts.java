package vn.vusta.platform.servicecounts;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.platform.audit.AuditLog;
import vn.vusta.platform.db.jooq.tables.records.ServiceCountKindRecord;
import vn.vusta.platform.db.jooq.tables.records.ServiceCountRecord;
import vn.vusta.platform.refusal.ConstraintRefusals;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.tenancy.AccessScope;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static vn.vusta.platform.db.jooq.Tables.SERVICE_COUNT;
import static vn.vusta.platform.db.jooq.Tables.SERVICE_COUNT_KIND;
import static vn.vusta.platform.db.jooq.Tables.UNIT;

/**
 * What the current tenant's union counts rather than itemises (dịch vụ được đếm): each unit's count of a kind over a
 * period. The periods of one unit and kind never overlap, so a total over a period sums the counts lying within it
 * and counts nothing twice. Every change is audited in its transaction.
 */
@Service
public class ServiceCounts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final DSLContext db;
    private final AuditLog audit;

    ServiceCounts(DSLContext db, AuditLog audit) {
        this.db = db;
        this.audit = audit;
    }

    /** The counts the query finds, by kind (in the kinds' order), then by period and unit. */
    @Transactional(readOnly = true)
    public List<ServiceCount> list(ServiceCountQuery query) {
        var conditions = new ArrayList<Condition>();
        conditions.add(AccessScope.ownRows(SERVICE_COUNT.TENANT_ID));
        conditions.add(meets(query.from(), query.to()));
        if (query.kindId() != null) {
            conditions.add(SERVICE_COUNT.KIND_ID.eq(query.kindId()));
        }
        if (query.unitId() != null) {
            conditions.add(SERVICE_COUNT.UNIT_ID.eq(query.unitId()));
        }
        return selectCounts().where(conditions)
                .orderBy(SERVICE_COUNT_KIND.RETIRED_AT.isNotNull(), SERVICE_COUNT_KIND.ID, SERVICE_COUNT.PERIOD_START,
                        SERVICE_COUNT.PERIOD_END, UNIT.NAME.nullsFirst())
                .fetch(ServiceCounts::toCount);
    }

    /**
     * The total of every kind over a period (a bound left null is open): the kinds taking counts, and the retired
     * ones that have counts in the period; in the kinds' order.
     */
    @Transactional(readOnly = true)
    public List<KindTotal> totals(LocalDate from, LocalDate to) {
        Condition within = from == null ? DSL.trueCondition() : SERVICE_COUNT.PERIOD_START.ge(from);
        within = to == null ? within : within.and(SERVICE_COUNT.PERIOD_END.le(to));
        Field<BigDecimal> total = DSL.sum(SERVICE_COUNT.QUANTITY).filterWhere(within);
        Field<Integer> counts = DSL.count(SERVICE_COUNT.ID).filterWhere(within);
        // The union's office counts as one unit: its tenant stands for the missing unit.
        Field<Integer> units = DSL.countDistinct(DSL.coalesce(SERVICE_COUNT.UNIT_ID, SERVICE_COUNT.TENANT_ID)).filterWhere(within);
        Field<Integer> straddling = DSL.count(SERVICE_COUNT.ID).filterWhere(within.not());
        return db.select(SERVICE_COUNT_KIND.fields()).select(total, counts, units, straddling)
                .from(SERVICE_COUNT_KIND)
                .leftJoin(SERVICE_COUNT).on(SERVICE_COUNT.TENANT_ID.eq(SERVICE_COUNT_KIND.TENANT_ID),
                        SERVICE_COUNT.KIND_ID.eq(SERVICE_COUNT_KIND.ID), meets(from, to))
                .where(AccessScope.ownRows(SERVICE_COUNT_KIND.TENANT_ID))
                .groupBy(SERVICE_COUNT_KIND.TENANT_ID, SERVICE_COUNT_KIND.ID)
                .having(SERVICE_COUNT_KIND.RETIRED_AT.isNull().or(DSL.count(SERVICE_COUNT.ID).gt(0)))
                .orderBy(SERVICE_COUNT_KIND.RETIRED_AT.isNotNull(), SERVICE_COUNT_KIND.ID)
                .fetch(r -> new KindTotal(ServiceCountKinds.toKind(r.into(SERVICE_COUNT_KIND)),
                        r.get(total) == null ? 0 : r.get(total).longValue(), r.get(counts), r.get(units), r.get(straddling)));
    }

    @Transactional(readOnly = true)
    public Optional<ServiceCount> find(UUID id) {
        return selectCounts().where(SERVICE_COUNT.ID.eq(id)).fetchOptional(ServiceCounts::toCount);
    }

    @Transactional
    public ServiceCount record(ServiceCountDraft draft) {
        ServiceCountKindRecord kind = lockedKind(draft.kindId());
        if (kind.getRetiredAt() != null) {
            throw RefusedException.conflict("kindId", "service-counts.refusal.kind-retired", kind.getName());
        }
        check(draft, null);
        try {
            ServiceCountRecord created = db.insertInto(SERVICE_COUNT)
                    .set(SERVICE_COUNT.TENANT_ID, AccessScope.currentTenant().id())
                    .set(fields(draft))
                    .returning()
                    .fetchSingle();
            audit.record("service-count.recorded", null, created, created.getId());
            return find(created.getId()).orElseThrow();
        } catch (org.springframework.dao.DataAccessException | org.jooq.exception.DataAccessException e) {
            throw refusals().translated(e);
        }
    }

    /**
     * Corrects a count. A count of a kind retired since may still be corrected; moving it to a retired kind is
     * refused. Empty when there is no such count.
     */
    @Transactional
    public Optional<ServiceCount> update(UUID id, ServiceCountDraft draft) {
        Optional<ServiceCountRecord> before = db.selectFrom(SERVICE_COUNT).where(SERVICE_COUNT.ID.eq(id)).forUpdate()
                .fetchOptional();
        if (before.isEmpty()) {
            return Optional.empty();
        }
        ServiceCountKindRecord kind = lockedKind(draft.kindId());
        if (kind.getRetiredAt() != null && !kind.getId().equals(before.get().getKindId())) {
            throw RefusedException.conflict("kindId", "service-counts.refusal.kind-retired", kind.getName());
        }
        check(draft, id);
        try {
            ServiceCountRecord after = db.update(SERVICE_COUNT).set(fields(draft)).where(SERVICE_COUNT.ID.eq(id))
                    .returning().fetchSingle();
            audit.record("service-count.updated", before.get(), after, id);
            return find(id);
        } catch (org.springframework.dao.DataAccessException | org.jooq.exception.DataAccessException e) {
            throw refusals().translated(e);
        }
    }

    /** False when there is no such count. */
    @Transactional
    public boolean delete(UUID id) {
        Optional<ServiceCountRecord> before = db.selectFrom(SERVICE_COUNT).where(SERVICE_COUNT.ID.eq(id)).forUpdate()
                .fetchOptional();
        if (before.isEmpty()) {
            return false;
        }
        db.deleteFrom(SERVICE_COUNT).where(SERVICE_COUNT.ID.eq(id)).execute();
        audit.record("service-count.deleted", before.get(), null, id);
        return true;
    }

    /**
     * The kind of a count, locked: the counts of one kind are written one at a time, so the overlap checked below is
     * the one the database would find.
     */
    private ServiceCountKindRecord lockedKind(UUID kindId) {
        return db.selectFrom(SERVICE_COUNT_KIND).where(SERVICE_COUNT_KIND.ID.eq(kindId)).forUpdate().fetchOptional()
                .orElseThrow(() -> RefusedException.invalid("kindId", "service-counts.refusal.kind-unknown"));
    }

    /** The checks of a count but its kind's; {@code self} is the count being corrected, if any. */
    private void check(ServiceCountDraft draft, UUID self) {
        if (draft.unitId() != null && !db.fetchExists(UNIT, UNIT.ID.eq(draft.unitId()))) {
            throw RefusedException.invalid("unitId", "service-counts.refusal.unit-unknown");
        }
        if (draft.periodEnd().isBefore(draft.periodStart())) {
            throw RefusedException.invalid("periodEnd", "service-counts.refusal.period-end-before-start");
        }
        if (draft.quantity() < 0) {
            throw RefusedException.invalid("quantity", "service-counts.refusal.quantity-negative");
        }
        db.selectFrom(SERVICE_COUNT)
                .where(SERVICE_COUNT.KIND_ID.eq(draft.kindId()), SERVICE_COUNT.UNIT_ID.isNotDistinctFrom(draft.unitId()),
                        meets(draft.periodStart(), draft.periodEnd()))
                .and(self == null ? DSL.noCondition() : SERVICE_COUNT.ID.ne(self))
                .orderBy(SERVICE_COUNT.PERIOD_START)
                .limit(1)
                .fetchOptional()
                .ifPresent(clash -> {
                    throw RefusedException.conflict("periodStart", "service-counts.refusal.period-overlaps",
                            clash.getPeriodStart().format(DAY), clash.getPeriodEnd().format(DAY), clash.getQuantity());
                });
    }

    private static ConstraintRefusals refusals() {
        return ConstraintRefusals.of(Map.of(
                "service_count_unit_periods_apart", RefusedException.conflict("periodStart", "service-counts.refusal.period-taken"),
                "service_count_office_periods_apart", RefusedException.conflict("periodStart", "service-counts.refusal.period-taken"),
                "service_count_unit_fkey", RefusedException.invalid("unitId", "service-counts.refusal.unit-unknown"),
                "service_count_quantity_not_negative", RefusedException.invalid("quantity", "service-counts.refusal.quantity-negative"),
                "service_count_period_ordered", RefusedException.invalid("periodEnd", "service-counts.refusal.period-end-before-start")));
    }

    /** Counts whose period has a day in common with from–to (both included; a bound left null is open). */
    private static Condition meets(LocalDate from, LocalDate to) {
        Condition meets = from == null ? DSL.trueCondition() : SERVICE_COUNT.PERIOD_END.ge(from);
        return to == null ? meets : meets.and(SERVICE_COUNT.PERIOD_START.le(to));
    }

    private static Map<Field<?>, Object> fields(ServiceCountDraft draft) {
        var fields = new LinkedHashMap<Field<?>, Object>();
        fields.put(SERVICE_COUNT.KIND_ID, draft.kindId());
        fields.put(SERVICE_COUNT.UNIT_ID, draft.unitId());
        fields.put(SERVICE_COUNT.PERIOD_START, draft.periodStart());
        fields.put(SERVICE_COUNT.PERIOD_END, draft.periodEnd());
        fields.put(SERVICE_COUNT.QUANTITY, draft.quantity());
        fields.put(SERVICE_COUNT.NOTES, draft.notes() == null || draft.notes().isBlank() ? null : draft.notes().strip());
        return fields;
    }

    private SelectOnConditionStep<Record> selectCounts() {
        return db.select(SERVICE_COUNT.fields()).select(SERVICE_COUNT_KIND.NAME, SERVICE_COUNT_KIND.UNIT_OF_COUNT, UNIT.NAME)
                .from(SERVICE_COUNT)
                .join(SERVICE_COUNT_KIND).on(SERVICE_COUNT_KIND.TENANT_ID.eq(SERVICE_COUNT.TENANT_ID),
                        SERVICE_COUNT_KIND.ID.eq(SERVICE_COUNT.KIND_ID))
                .leftJoin(UNIT).on(UNIT.TENANT_ID.eq(SERVICE_COUNT.TENANT_ID), UNIT.ID.eq(SERVICE_COUNT.UNIT_ID));
    }

    private static ServiceCount toCount(Record record) {
        ServiceCountRecord r = record.into(SERVICE_COUNT);
        return new ServiceCount(r.getId(), r.getKindId(), record.get(SERVICE_COUNT_KIND.NAME),
                record.get(SERVICE_COUNT_KIND.UNIT_OF_COUNT), r.getUnitId(), record.get(UNIT.NAME), r.getPeriodStart(),
                r.getPeriodEnd(), r.getQuantity(), r.getNotes());
    }
}
