package vn.vusta.platform.lifecycle;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jooq.UniqueKey;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.vusta.platform.audit.AuditLog;
import vn.vusta.platform.db.jooq.Routines;
import vn.vusta.platform.db.jooq.tables.records.RecordLineageRecord;
import vn.vusta.platform.identity.Actor;
import vn.vusta.platform.identity.KeycloakAdmin;
import vn.vusta.platform.tenancy.AccessScope;
import vn.vusta.platform.tenancy.Tenant;
import vn.vusta.platform.tenancy.TenantStatus;
import vn.vusta.platform.tenancy.TenantTransactions;
import vn.vusta.platform.tenancy.Tenants;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static vn.vusta.platform.db.jooq.Tables.FORMER_PROVINCE;
import static vn.vusta.platform.db.jooq.Tables.RECORD_LINEAGE;
import static vn.vusta.platform.db.jooq.Tables.TENANT;
import static vn.vusta.platform.db.jooq.Tables.TENANT_MERGE;

/**
 * Merging a tenant into another, as the 2025 reorganisation merged provinces (Hải Dương into Hải Phòng, …).
 * A dry run shows what would move, table by table, and every conflict with its resolution. The merge itself is one
 * transaction: every row of the source moves to the target (tenant_id rewritten, conflicting names suffixed with the
 * former province), each moved row gets a lineage record, the row counts before and after are verified table by
 * table and recorded, and the source becomes MERGED. Any failure rolls all of it back. The source's users then move
 * to the target's Keycloak organization; running the merge again finishes that step if Keycloak failed.
 */
@Service
public class TenantMerge {

    /** Two rows that cannot both exist in the target, and what the merge does about it. */
    public record Conflict(String table, String key, String column, String value, String resolvedValue) {
    }

    /** Rows of one table: in the source, in the target before, and (after a merge) in both after. */
    public record Counts(int source, int targetBefore, Integer sourceAfter, Integer targetAfter) {
    }

    public record Plan(Tenant source, Tenant target, Map<String, Counts> tables, List<Conflict> conflicts, int users) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DSLContext db;
    private final Tenants tenants;
    private final KeycloakAdmin keycloak;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final TenantTransactions tenantTransactions;

    TenantMerge(DSLContext db, Tenants tenants, KeycloakAdmin keycloak, AuditLog audit, TransactionTemplate transactions,
                TenantTransactions tenantTransactions) {
        this.tenantTransactions = tenantTransactions;
        this.db = db;
        this.tenants = tenants;
        this.keycloak = keycloak;
        this.audit = audit;
        this.transactions = transactions;
    }

    public Plan dryRun(String sourceCode, String targetCode) {
        Tenant source = tenant(sourceCode);
        Tenant target = tenant(targetCode);
        requireMergeable(source, target);
        int users = keycloak.findOrganization(source.code()).map(keycloak::members).map(List::size).orElse(0);
        Survey survey = tenantTransactions.inTenant(source, () -> survey(source, target));
        return new Plan(source, target, survey.counts(), survey.conflicts(), users);
    }

    /** The source's rows, the counts on both sides and the conflicts, table by table: what a merge would do. */
    private record Survey(Map<Table<?>, List<? extends Record>> sourceRows, Map<String, Counts> counts,
                          List<Conflict> conflicts) {
    }

    private Survey survey(Tenant source, Tenant target) {
        var sourceRows = new LinkedHashMap<Table<?>, List<? extends Record>>();
        var counts = new LinkedHashMap<String, Counts>();
        var conflicts = new ArrayList<Conflict>();
        for (Table<?> table : TenantTables.parentsFirst()) {
            List<? extends Record> rows = rowsOf(table, source);
            sourceRows.put(table, rows);
            counts.put(table.getName(), new Counts(rows.size(), count(table, target), null, null));
            conflicts.addAll(conflicts(table, rows, source, target));
        }
        return new Survey(sourceRows, counts, conflicts);
    }

    public Plan merge(String sourceCode, String targetCode) {
        Tenant source = tenant(sourceCode);
        Tenant target = tenant(targetCode);
        if (source.status() == TenantStatus.MERGED && target.id().equals(mergedInto(source))) {
            return moveUsers(source, target, recordedPlan(source, target));
        }
        requireMergeable(source, target);
        // Keycloak is asked before anything changes, and its users move inside the data's transaction: if it fails,
        // the data stays; if the data fails after users moved, they are moved back.
        String targetOrganization = keycloak.ensureOrganization(target.code(), target.name());
        String sourceOrganization = keycloak.findOrganization(source.code()).orElse(null);
        var movedUsers = new ArrayList<String>();
        try {
            return tenantTransactions.inTenant(source, () -> {
                Plan plan = moveData(source, target);
                if (sourceOrganization != null) {
                    keycloak.moveMembers(sourceOrganization, targetOrganization, movedUsers);
                }
                return new Plan(plan.source(), plan.target(), plan.tables(), plan.conflicts(), movedUsers.size());
            });
        } catch (RuntimeException e) {
            if (sourceOrganization != null && !movedUsers.isEmpty()) {
                keycloak.moveMembersBack(targetOrganization, sourceOrganization, movedUsers);
            }
            throw e;
        }
    }

    private Plan moveData(Tenant source, Tenant target) {
        OffsetDateTime mergedAt = OffsetDateTime.now();
        Survey survey = survey(source, target);
        var sourceRows = survey.sourceRows();
        var before = survey.counts();
        var conflicts = survey.conflicts();
        Map<String, Conflict> resolutions = conflicts.stream()
                .collect(Collectors.toMap(c -> c.table() + "/" + c.key(), c -> c, (a, b) -> a));
        // A record that came to the source in an earlier merger keeps that lineage; the others get this one.
        Set<String> attributed = sourceRows.getOrDefault(RECORD_LINEAGE, List.of()).stream()
                .map(r -> r.get(RECORD_LINEAGE.TABLE_NAME) + "/" + r.get(RECORD_LINEAGE.RECORD_KEY))
                .collect(Collectors.toSet());

        scope(target);
        var written = new HashMap<String, Integer>();
        var lineage = new ArrayList<RecordLineageRecord>();
        for (var entry : sourceRows.entrySet()) {
            Table<?> table = entry.getKey();
            var moved = new ArrayList<TableRecord<?>>();
            for (Record row : entry.getValue()) {
                TableRecord<?> copy = copyOf(table, row);
                copy.set(table.field("tenant_id", UUID.class), target.id());
                String key = key(table, row);
                Conflict conflict = resolutions.get(table.getName() + "/" + key);
                if (conflict != null) {
                    copy.set(textField(table, conflict.column()), conflict.resolvedValue());
                }
                moved.add(copy);
                if (!table.equals(RECORD_LINEAGE) && !attributed.contains(table.getName() + "/" + key)) {
                    lineage.add(new RecordLineageRecord(target.id(), table.getName(), key, source.code(),
                            source.provinceCode(), mergedAt));
                }
            }
            if (!moved.isEmpty()) {
                db.batchInsert(moved).execute();
            }
            written.merge(table.getName(), moved.size(), Integer::sum);
        }
        if (!lineage.isEmpty()) {
            db.batchInsert(lineage).execute();
        }
        written.merge(RECORD_LINEAGE.getName(), lineage.size(), Integer::sum);

        scope(source);
        for (Table<?> table : TenantTables.childrenFirst()) {
            db.deleteFrom(table).where(table.field("tenant_id", UUID.class).eq(source.id())).execute();
        }

        var verified = new LinkedHashMap<String, Counts>();
        for (var entry : before.entrySet()) {
            Table<?> table = TenantTables.byName(entry.getKey());
            int sourceAfter = count(table, source);
            int targetAfter = count(table, target);
            int expected = entry.getValue().targetBefore() + written.getOrDefault(entry.getKey(), 0);
            if (sourceAfter != 0 || targetAfter != expected) {
                throw new MergeRefusedException("merge.counts.mismatch", table.getName(), expected, targetAfter);
            }
            verified.put(entry.getKey(), new Counts(entry.getValue().source(), entry.getValue().targetBefore(),
                    sourceAfter, targetAfter));
        }
        db.update(TENANT).set(TENANT.STATUS, TenantStatus.MERGED.name()).set(TENANT.MERGED_INTO, target.id())
                .where(TENANT.ID.eq(source.id())).execute();
        db.insertInto(TENANT_MERGE)
                .set(TENANT_MERGE.SOURCE_CODE, source.code())
                .set(TENANT_MERGE.TARGET_CODE, target.code())
                .set(TENANT_MERGE.MERGED_BY, Actor.current().username())
                .set(TENANT_MERGE.MERGED_AT, mergedAt)
                .set(TENANT_MERGE.COUNTS, JSONB.valueOf(JSON.writeValueAsString(verified)))
                .set(TENANT_MERGE.CONFLICTS, JSONB.valueOf(JSON.writeValueAsString(conflicts)))
                .execute();
        String summary = JSON.writeValueAsString(Map.of("source", source.code(), "target", target.code(),
                "counts", verified, "conflicts", conflicts));
        scope(source);
        audit.record("tenant.merged-away", "tenant", source.code(), null, summary);
        ScopedValue.where(AccessScope.CURRENT, new AccessScope.TenantAccess(target)).run(() -> {
            scope(target);
            audit.record("tenant.merged-in", "tenant", target.code(), null, summary);
        });
        return new Plan(source, target, verified, conflicts, 0);
    }

    @SuppressWarnings("unchecked")
    private static Field<String> textField(Table<?> table, String name) {
        return (Field<String>) table.field(name);
    }

    private TableRecord<?> copyOf(Table<?> table, Record row) {
        TableRecord<?> copy = (TableRecord<?>) db.newRecord(table);
        copy.fromMap(row.intoMap());
        return copy;
    }

    /** A repeat of a finished merge changes no data; it moves any user still left in the source organization. */
    private Plan moveUsers(Tenant source, Tenant target, Plan plan) {
        String targetOrganization = keycloak.ensureOrganization(target.code(), target.name());
        var moved = new ArrayList<String>();
        keycloak.findOrganization(source.code())
                .ifPresent(sourceOrganization -> keycloak.moveMembers(sourceOrganization, targetOrganization, moved));
        return new Plan(plan.source(), plan.target(), plan.tables(), plan.conflicts(), moved.size());
    }

    private List<Conflict> conflicts(Table<?> table, List<? extends Record> rows, Tenant source, Tenant target) {
        var conflicts = new ArrayList<Conflict>();
        if (rows.isEmpty()) {
            return conflicts;
        }
        String suffix = " (" + provinceName(source.provinceCode()) + ")";
        scope(target);
        for (UniqueKey<?> key : table.getKeys()) {
            List<Field<?>> fields = key.getFields().stream()
                    .filter(f -> !f.getName().equals("tenant_id"))
                    .<Field<?>>map(f -> f)
                    .toList();
            Set<List<Object>> existing = new HashSet<>();
            db.select(fields).from(table).fetch().forEach(r -> existing.add(Arrays.asList(r.intoArray())));
            for (Record row : rows) {
                List<Object> values = fields.stream().map(f -> (Object) row.get(f)).toList();
                if (!existing.contains(values)) {
                    continue;
                }
                Field<?> text = fields.stream().filter(f -> f.getType() == String.class).findFirst().orElse(null);
                if (key.isPrimary() || text == null) {
                    throw new MergeRefusedException("merge.conflict.unresolvable", table.getName(), key(table, row));
                }
                String value = Objects.toString(row.get(text));
                conflicts.add(new Conflict(table.getName(), key(table, row), text.getName(), value, value + suffix));
            }
        }
        scope(source);
        return conflicts;
    }

    private List<? extends Record> rowsOf(Table<?> table, Tenant tenant) {
        scope(tenant);
        return db.selectFrom(table).fetch();
    }

    private int count(Table<?> table, Tenant tenant) {
        scope(tenant);
        return db.fetchCount(table);
    }

    /** Switches the transaction's tenant: a merge reads and writes two tenants in one transaction. */
    private void scope(Tenant tenant) {
        Routines.beginTenantScope(db.configuration(), tenant.id());
    }

    private static String key(Table<?> table, Record row) {
        return table.getPrimaryKey().getFields().stream()
                .filter(f -> !f.getName().equals("tenant_id"))
                .map(f -> String.valueOf(row.get(f)))
                .collect(Collectors.joining("/"));
    }

    private void requireMergeable(Tenant source, Tenant target) {
        if (source.id().equals(target.id())) {
            throw new MergeRefusedException("merge.same", source.code());
        }
        if (source.status() == TenantStatus.MERGED) {
            throw new MergeRefusedException("merge.source.merged", source.name());
        }
        if (target.status() != TenantStatus.ACTIVE) {
            throw new MergeRefusedException("merge.target.inactive", target.name());
        }
        boolean partOfTarget = transactions.execute(status -> db.fetchExists(FORMER_PROVINCE,
                FORMER_PROVINCE.CODE.eq(source.provinceCode()).and(FORMER_PROVINCE.PROVINCE_CODE.eq(target.provinceCode()))));
        if (!partOfTarget) {
            throw new MergeRefusedException("merge.not.part", source.name(), target.name());
        }
    }

    private String provinceName(String code) {
        return db.select(FORMER_PROVINCE.NAME).from(FORMER_PROVINCE).where(FORMER_PROVINCE.CODE.eq(code))
                .fetchOptional(FORMER_PROVINCE.NAME).orElse(code);
    }

    private UUID mergedInto(Tenant source) {
        return transactions.execute(status -> db.select(TENANT.MERGED_INTO).from(TENANT).where(TENANT.ID.eq(source.id()))
                .fetchOne(TENANT.MERGED_INTO));
    }

    private Plan recordedPlan(Tenant source, Tenant target) {
        return new Plan(source, target, Map.of(), List.of(), 0);
    }

    private Tenant tenant(String code) {
        return tenants.findByCode(code).orElseThrow(() -> new UnknownTenantException(code));
    }

}
