package vn.vusta.platform.lifecycle;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record2;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.Table;
import org.jooq.UniqueKey;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.vusta.platform.audit.AuditLog;
import vn.vusta.platform.identity.Actor;
import vn.vusta.platform.identity.KeycloakAdmin;
import vn.vusta.platform.tenancy.AccessScope;
import vn.vusta.platform.tenancy.Tenant;
import vn.vusta.platform.tenancy.TenantColumns;
import vn.vusta.platform.tenancy.TenantStatus;
import vn.vusta.platform.tenancy.TenantTransactions;
import vn.vusta.platform.tenancy.Tenants;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static vn.vusta.platform.db.jooq.Tables.FORMER_PROVINCE;
import static vn.vusta.platform.db.jooq.Tables.RECORD_LINEAGE;
import static vn.vusta.platform.db.jooq.Tables.TENANT;
import static vn.vusta.platform.db.jooq.Tables.TENANT_MERGE;

/**
 * Merging a tenant into another, as the 2025 reorganisation merged provinces (Hải Dương into Hải Phòng, …).
 * A dry run shows what would move, table by table, and every conflict with its resolution. The merge itself is one
 * transaction that sees one snapshot of the data, set-based: for each table one statement copies the source's rows
 * into the target (tenant_id rewritten, names that would clash suffixed with the former province) and one deletes
 * them from the source; records with their own identity (a primary key of tenant_id and one column: units,
 * members) get a lineage record, and the rows that hang off them (a unit's census, a member's memberships and
 * fields) are attributed through them. The row counts before and after are verified table by table and recorded,
 * and the source becomes MERGED. Any failure rolls all of it back. PostgreSQL keeps the isolation: the transaction
 * announces the merge (begin_tenant_merge), which lets tenant-admin's role read the source while every write stays
 * confined to the target. The source's users then move to the target's Keycloak organization, their tenant roles
 * reduced to {@code tenant-viewer} unless the operator keeps them ({@link MovingUser}), each move audited in the
 * target's log ({@code user.moved-by-merge}, roles before and after) in the data's transaction; if anything fails
 * after users moved, they are moved back with their roles. Running the merge again finishes the users' step if
 * Keycloak failed.
 */
@Service
public class TenantMerge {

    /** Two rows that cannot both exist in the target, and what the merge does about it. */
    public record Conflict(String table, String key, String column, String value, String resolvedValue) {
    }

    /** Rows of one table: in the source, in the target before, and (after a merge) in both after. */
    public record Counts(int source, int targetBefore, Integer sourceAfter, Integer targetAfter) {
    }

    /** What a merge would do (dry run) or did; {@code users}: who moves and what their tenant roles become. */
    public record Plan(Tenant source, Tenant target, Map<String, Counts> tables, List<Conflict> conflicts,
                       List<MovingUser> users) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DSLContext db;
    private final Tenants tenants;
    private final KeycloakAdmin keycloak;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final TenantTransactions tenantTransactions;

    private final FailedOperations failures;

    TenantMerge(DSLContext db, Tenants tenants, KeycloakAdmin keycloak, AuditLog audit, TransactionTemplate transactions,
                TenantTransactions tenantTransactions, FailedOperations failures) {
        this.failures = failures;
        this.tenantTransactions = tenantTransactions;
        this.db = db;
        this.tenants = tenants;
        this.keycloak = keycloak;
        this.audit = audit;
        this.transactions = transactions;
    }

    /** The dry run with every user's roles reduced, the default. */
    public Plan dryRun(String sourceCode, String targetCode) {
        return dryRun(sourceCode, targetCode, Set.of());
    }

    /** The dry run; the users named in {@code keepRolesOf} (id or username) keep their tenant roles. */
    public Plan dryRun(String sourceCode, String targetCode, Set<String> keepRolesOf) {
        Tenant source = tenant(sourceCode);
        Tenant target = tenant(targetCode);
        requireMergeable(source, target);
        List<MovingUser> users = keycloak.findOrganization(source.code()).map(keycloak::membersWithRoles).orElse(List.of())
                .stream().map(member -> MovingUser.of(member, MovingUser.kept(keepRolesOf, member.id(), member.username())))
                .toList();
        Survey survey = tenantTransactions.inTenantSnapshot(source, () -> {
            announce(source, target);
            return survey(source, target);
        });
        return new Plan(source, target, survey.counts(), survey.conflicts(), users);
    }

    /** The counts on both sides and the conflicts, table by table: what a merge would do. */
    private record Survey(Map<String, Counts> counts, List<Conflict> conflicts) {
    }

    /** In the merge's scope: the source and the target are both readable. */
    private Survey survey(Tenant source, Tenant target) {
        var counts = new LinkedHashMap<String, Counts>();
        for (Table<?> table : TenantTables.parentsFirst()) {
            int[] both = counts(table, source, target);
            counts.put(table.getName(), new Counts(both[0], both[1], null, null));
        }
        return new Survey(counts, conflicts(source, target));
    }

    /** Every conflict, table by table, parents first. */
    private List<Conflict> conflicts(Tenant source, Tenant target) {
        var conflicts = new ArrayList<Conflict>();
        String suffix = suffix(source);
        // Tables whose primary keys the source and the target share no value of (a clash refuses the merge).
        var distinctKeys = new HashSet<Table<?>>();
        var clashes = new ArrayList<MergeClash>();
        for (Table<?> table : TenantTables.parentsFirst()) {
            conflicts.addAll(conflicts(table, source, target, suffix, !keyImpliesDistinct(table, distinctKeys)));
            clashes.addAll(clashesAfterRenaming(table, source, target, suffix));
            distinctKeys.add(table);
        }
        if (!clashes.isEmpty()) {
            throw MergeRefusedException.clashes(clashes);
        }
        return conflicts;
    }

    /**
     * The source's rows that a suffix would rename into a value a unique key already has: in the target ("Hội A
     * (Thái Bình)" exists there too), or in the source under another record that moves unchanged. Only a renamed row
     * can clash: an unrenamed one clashing with the target would have been renamed, and the source's rows are unique
     * among themselves. Checked by the dry run and by the merge before it writes, so neither finds out from the
     * database.
     */
    private List<MergeClash> clashesAfterRenaming(Table<?> table, Tenant source, Tenant target, String suffix) {
        var clashes = new ArrayList<MergeClash>();
        Table<?> from = table.as("s");
        Map<Field<String>, Condition> renamed = renamed(table, from, target);
        if (renamed.isEmpty()) {
            return clashes;
        }
        List<Field<?>> identity = identity(table).stream().<Field<?>>map(f -> from.field(f)).toList();
        for (UniqueKey<?> key : table.getKeys()) {
            List<? extends Field<?>> columns = key.getFields().stream().filter(f -> !f.getName().equals("tenant_id")).toList();
            Optional<Field<String>> text = columns.stream().filter(renamed::containsKey).findFirst()
                    .map(f -> textField(table, f.getName()));
            if (key.isPrimary() || text.isEmpty() || identity.isEmpty()) {
                continue;
            }
            Table<?> held = table.as("t2");
            Table<?> other = table.as("o");
            Map<Field<String>, Condition> otherRenamedBy = renamed(table, other, target);
            Condition inTarget = tenantId(held).eq(target.id());
            Condition inSource = tenantId(other).eq(source.id())
                    .and(DSL.row(identity(table).stream().map(other::field).toList()).ne(DSL.row(identity)));
            Condition renamedHere = DSL.falseCondition();
            Condition otherRenamed = DSL.falseCondition();
            for (Field<?> column : columns) {
                Field<?> after = column.getType() == String.class && renamed.containsKey(column)
                        ? afterRenaming(from, textField(table, column.getName()), renamed.get(column), suffix) : from.field(column);
                inTarget = inTarget.and(sameAs(held, column, after));
                inSource = inSource.and(sameAs(other, column, after));
                if (renamed.containsKey(column)) {
                    renamedHere = renamedHere.or(renamed.get(column));
                    otherRenamed = otherRenamed.or(otherRenamedBy.get(column));
                }
            }
            Field<Boolean> clashesWithTarget = DSL.field(DSL.exists(DSL.selectOne().from(held).where(inTarget)));
            var fields = new ArrayList<SelectField<?>>(identity);
            fields.add(from.field(text.get()));
            fields.add(clashesWithTarget);
            var found = db.select(fields).from(from)
                    .where(tenantId(from).eq(source.id()))
                    .and(renamedHere)
                    .and(DSL.exists(DSL.selectOne().from(held).where(inTarget))
                            .or(DSL.exists(DSL.selectOne().from(other).where(inSource).andNot(otherRenamed))))
                    .orderBy(identity)
                    .fetch();
            String names = columns.stream().map(Field::getName).collect(Collectors.joining(", "));
            for (Record clash : found) {
                String recordKey = identity.stream().map(f -> String.valueOf(clash.get(f))).collect(Collectors.joining("/"));
                String value = clash.get(from.field(text.get()));
                clashes.add(new MergeClash(table.getName(), recordKey, key.getName(), names, value,
                        value + suffix, Boolean.TRUE.equals(clash.get(clashesWithTarget))));
            }
        }
        return clashes;
    }

    @SuppressWarnings("unchecked")
    private static Condition sameAs(Table<?> table, Field<?> column, Field<?> value) {
        return table.field((Field<Object>) column).eq((Field<Object>) value);
    }

    /** A text column's value once moved: suffixed where the target holds it. */
    private static Field<String> afterRenaming(Table<?> from, Field<String> column, Condition renamed, String suffix) {
        Field<String> text = from.field(column);
        return DSL.when(renamed, text.concat(suffix)).otherwise(text);
    }

    /** The text columns that a suffix renames, each with the condition under which it does (any key held by the target). */
    private static Map<Field<String>, Condition> renamed(Table<?> table, Table<?> from, Tenant target) {
        Map<Field<String>, Condition> renamed = new HashMap<>();
        for (UniqueKey<?> key : table.getKeys()) {
            textField(key).filter(text -> !key.isPrimary())
                    .ifPresent(text -> renamed.merge(text, heldByTarget(table, from, key, target), Condition::or));
        }
        return renamed;
    }

    /** The merge with every user's roles reduced, the default. */
    public Plan merge(String sourceCode, String targetCode) {
        return merge(sourceCode, targetCode, Set.of());
    }

    /** The merge; the users named in {@code keepRolesOf} (id or username) keep their tenant roles, the others read only. */
    public Plan merge(String sourceCode, String targetCode, Set<String> keepRolesOf) {
        return failures.audited("merge", sourceCode, () -> mergeAudited(sourceCode, targetCode, keepRolesOf));
    }

    private Plan mergeAudited(String sourceCode, String targetCode, Set<String> keepRolesOf) {
        Tenant source = tenant(sourceCode);
        Tenant target = tenant(targetCode);
        if (source.status() == TenantStatus.MERGED && target.id().equals(mergedInto(source))) {
            return moveUsers(source, target, recordedPlan(source, target), keepRolesOf);
        }
        requireMergeable(source, target);
        // Keycloak is asked before anything changes, and its users move inside the data's transaction: if it fails,
        // the data stays; if the data fails after users moved, they are moved back.
        String targetOrganization = keycloak.ensureOrganization(target.code(), target.name());
        String sourceOrganization = keycloak.findOrganization(source.code()).orElse(null);
        var movedUsers = new ArrayList<KeycloakAdmin.MovedMember>();
        try {
            return tenantTransactions.inTenantSnapshot(source, () -> {
                Plan plan = moveData(source, target);
                if (sourceOrganization != null) {
                    keycloak.moveMembers(sourceOrganization, targetOrganization, MovingUser.TENANT_ROLES,
                            rolesAfter(keepRolesOf), movedUsers);
                }
                List<MovingUser> users = moved(movedUsers, keepRolesOf);
                ScopedValue.where(AccessScope.CURRENT, new AccessScope.TenantAccess(target)).run(() -> {
                    scope(target);
                    auditMoves(source, target, users);
                });
                return new Plan(plan.source(), plan.target(), plan.tables(), plan.conflicts(), users);
            });
        } catch (RuntimeException e) {
            if (sourceOrganization != null && !movedUsers.isEmpty()) {
                keycloak.moveMembersBack(targetOrganization, sourceOrganization, MovingUser.TENANT_ROLES, movedUsers);
            }
            throw e;
        }
    }

    /**
     * Each moved user, in the log of the union that now owns the account (the target): from which union to which,
     * the tenant roles before and after, and whether the operator kept them.
     */
    private void auditMoves(Tenant source, Tenant target, List<MovingUser> users) {
        for (MovingUser user : users) {
            audit.record("user.moved-by-merge", "user", user.id(),
                    JSON.writeValueAsString(Map.of("username", user.username(), "email", user.email(),
                            "organization", source.code(), "roles", user.rolesBefore())),
                    JSON.writeValueAsString(Map.of("username", user.username(), "email", user.email(),
                            "organization", target.code(), "roles", user.rolesAfter(), "rolesKept", user.rolesKept())));
        }
    }

    /** The tenant roles each user gets in the target: reduced to reading unless the operator kept them. */
    private static Function<KeycloakAdmin.Member, Set<String>> rolesAfter(Set<String> keepRolesOf) {
        return member -> MovingUser.after(member.realmRoles(), MovingUser.kept(keepRolesOf, member.id(), member.username()));
    }

    private static List<MovingUser> moved(List<KeycloakAdmin.MovedMember> moved, Set<String> keepRolesOf) {
        return moved.stream().map(m -> MovingUser.of(m, MovingUser.kept(keepRolesOf, m.id(), m.username()))).toList();
    }

    /**
     * The data's part of a merge. Its counts: the target's rows before and after are counted; the source's rows are
     * the ones the copy found and the delete removed, which in the transaction's one snapshot must be the same rows.
     */
    private Plan moveData(Tenant source, Tenant target) {
        OffsetDateTime mergedAt = OffsetDateTime.now();
        announce(source, target);
        var targetBefore = new LinkedHashMap<String, Integer>();
        for (Table<?> table : TenantTables.parentsFirst()) {
            targetBefore.put(table.getName(), count(table, target));
        }
        List<Conflict> conflicts = conflicts(source, target);

        var copied = new HashMap<String, Integer>();
        String suffix = suffix(source);
        for (Table<?> table : TenantTables.parentsFirst()) {
            copied.put(table.getName(), copy(table, source, target, suffix));
        }
        int lineage = recordLineage(source, target, mergedAt);

        scope(source);
        var deleted = new HashMap<String, Integer>();
        for (Table<?> table : TenantTables.childrenFirst()) {
            deleted.put(table.getName(), db.deleteFrom(table).where(tenantId(table).eq(source.id())).execute());
        }

        announce(source, target);
        var verified = new LinkedHashMap<String, Counts>();
        for (var entry : targetBefore.entrySet()) {
            Table<?> table = TenantTables.byName(entry.getKey());
            int moved = copied.get(entry.getKey());
            int sourceAfter = moved - deleted.get(entry.getKey());
            int expected = entry.getValue() + moved + (table.equals(RECORD_LINEAGE) ? lineage : 0);
            int targetAfter = count(table, target);
            if (sourceAfter != 0 || targetAfter != expected) {
                throw new MergeRefusedException("merge.counts.mismatch", table.getName(), expected, targetAfter);
            }
            verified.put(entry.getKey(), new Counts(moved, entry.getValue(), sourceAfter, targetAfter));
        }
        scope(source);
        db.update(TENANT).set(TenantColumns.STATUS, TenantStatus.MERGED).set(TENANT.MERGED_INTO, target.id())
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
        audit.record("tenant.merged-away", "tenant", source.code(), null, summary);
        ScopedValue.where(AccessScope.CURRENT, new AccessScope.TenantAccess(target)).run(() -> {
            scope(target);
            audit.record("tenant.merged-in", "tenant", target.code(), null, summary);
        });
        return new Plan(source, target, verified, conflicts, List.of());
    }

    /**
     * One statement: the source's rows of the table, into the target. A text column of a unique key that the
     * target already holds gets the suffix, exactly where {@link #conflicts} finds a conflict.
     */
    private int copy(Table<?> table, Tenant source, Tenant target, String suffix) {
        Table<?> from = table.as("s");
        Map<Field<String>, Condition> renamed = renamed(table, from, target);
        var values = new ArrayList<SelectField<?>>();
        for (Field<?> field : table.fields()) {
            if (field.equals(tenantId(table))) {
                values.add(DSL.val(target.id()));
            } else if (renamed.containsKey(field)) {
                values.add(afterRenaming(from, textField(table, field.getName()), renamed.get(field), suffix));
            } else {
                values.add(from.field(field));
            }
        }
        return db.insertInto(table).columns(table.fields())
                .select(DSL.select(values).from(from).where(tenantId(from).eq(source.id())))
                .execute();
    }

    /**
     * A lineage record for each moved record with its own identity, unless it came to the source in an earlier
     * merger: then the lineage the source had (moved with its other rows) keeps naming the first province.
     */
    private int recordLineage(Tenant source, Tenant target, OffsetDateTime mergedAt) {
        int recorded = 0;
        for (Table<?> table : TenantTables.parentsFirst()) {
            List<? extends Field<?>> identity = identity(table);
            if (identity.size() != 1 || table.equals(RECORD_LINEAGE)) {
                continue;
            }
            Table<?> from = table.as("s");
            Field<String> key = from.field(identity.getFirst()).cast(SQLDataType.VARCHAR);
            recorded += db.insertInto(RECORD_LINEAGE, RECORD_LINEAGE.TENANT_ID, RECORD_LINEAGE.TABLE_NAME,
                            RECORD_LINEAGE.RECORD_KEY, RECORD_LINEAGE.FORMER_TENANT_CODE,
                            RECORD_LINEAGE.FORMER_PROVINCE_CODE, RECORD_LINEAGE.MERGED_AT)
                    .select(DSL.select(DSL.val(target.id()), DSL.val(table.getName()), key, DSL.val(source.code()),
                                    DSL.val(source.provinceCode()), DSL.val(mergedAt))
                            .from(from)
                            .where(tenantId(from).eq(source.id()))
                            .andNotExists(DSL.selectOne().from(RECORD_LINEAGE).where(
                                    RECORD_LINEAGE.TENANT_ID.eq(source.id()),
                                    RECORD_LINEAGE.TABLE_NAME.eq(table.getName()),
                                    RECORD_LINEAGE.RECORD_KEY.eq(key))))
                    .execute();
        }
        return recorded;
    }

    /** The table's rows of one tenant, in the merge's scope. */
    private int count(Table<?> table, Tenant tenant) {
        return db.fetchCount(table, tenantId(table).eq(tenant.id()));
    }

    /** The table's rows of the source and of the target, in the merge's scope. */
    private int[] counts(Table<?> table, Tenant source, Tenant target) {
        Field<UUID> tenant = tenantId(table);
        Record2<Integer, Integer> counts = db.select(
                        DSL.count().filterWhere(tenant.eq(source.id())),
                        DSL.count().filterWhere(tenant.eq(target.id())))
                .from(table)
                .where(tenant.in(source.id(), target.id()))
                .fetchSingle();
        return new int[]{counts.value1(), counts.value2()};
    }

    /**
     * A repeat of a finished merge changes no data; it moves any user still left in the source organization, with
     * the same choice of roles, and audits them in the target's log.
     */
    private Plan moveUsers(Tenant source, Tenant target, Plan plan, Set<String> keepRolesOf) {
        String targetOrganization = keycloak.ensureOrganization(target.code(), target.name());
        var moved = new ArrayList<KeycloakAdmin.MovedMember>();
        keycloak.findOrganization(source.code()).ifPresent(sourceOrganization -> keycloak.moveMembers(sourceOrganization,
                targetOrganization, MovingUser.TENANT_ROLES, rolesAfter(keepRolesOf), moved));
        List<MovingUser> users = moved(moved, keepRolesOf);
        if (!users.isEmpty()) {
            tenantTransactions.inTenant(target, () -> {
                auditMoves(source, target, users);
                return null;
            });
        }
        return new Plan(plan.source(), plan.target(), plan.tables(), plan.conflicts(), users);
    }

    /**
     * The source's rows that the target already holds under one of the table's keys. A clash of a unique key with a
     * text column is resolved by the suffix; a clash of the primary key (the same record in both, say restored
     * from one archive into two tenants) or of a key without text is not, and refuses the merge.
     */
    private List<Conflict> conflicts(Table<?> table, Tenant source, Tenant target, String suffix, boolean primaryKey) {
        var conflicts = new ArrayList<Conflict>();
        Table<?> from = table.as("s");
        List<Field<?>> identity = identity(table).stream().<Field<?>>map(f -> from.field(f)).toList();
        for (UniqueKey<?> key : table.getKeys()) {
            if (key.isPrimary() && !primaryKey) {
                continue;
            }
            Optional<Field<String>> text = textField(key).filter(t -> !key.isPrimary());
            var fields = new ArrayList<SelectField<?>>(identity);
            text.ifPresent(t -> fields.add(from.field(t)));
            var clashes = db.select(fields).from(from)
                    .where(tenantId(from).eq(source.id()))
                    .and(heldByTarget(table, from, key, target))
                    .orderBy(identity)
                    .fetch();
            for (Record clash : clashes) {
                String recordKey = identity.stream().map(f -> String.valueOf(clash.get(f))).collect(Collectors.joining("/"));
                if (text.isEmpty()) {
                    throw new MergeRefusedException("merge.conflict.unresolvable", table.getName(), recordKey);
                }
                String value = clash.get(from.field(text.get()));
                conflicts.add(new Conflict(table.getName(), recordKey, text.get().getName(), value, value + suffix));
            }
        }
        return conflicts;
    }

    /**
     * A primary key that contains the whole key of a parent whose keys do not clash cannot clash either: two equal
     * child keys would reference two parents with equal keys (a member's memberships, say, and the member).
     */
    private static boolean keyImpliesDistinct(Table<?> table, Set<Table<?>> distinctKeys) {
        return table.getReferences().stream().anyMatch(reference -> reference.getKey().isPrimary()
                && distinctKeys.contains(reference.getKey().getTable())
                && table.getPrimaryKey().getFields().containsAll(reference.getFields()));
    }

    /** The target has a row with the same values of the key as the row of {@code from}. */
    private static Condition heldByTarget(Table<?> table, Table<?> from, UniqueKey<?> key, Tenant target) {
        Table<?> held = table.as("t");
        Condition same = tenantId(held).eq(target.id());
        for (Field<?> field : key.getFields()) {
            if (!field.getName().equals("tenant_id")) {
                same = same.and(equal(held, from, field));
            }
        }
        return DSL.exists(DSL.selectOne().from(held).where(same));
    }

    private static <T> Condition equal(Table<?> a, Table<?> b, Field<T> field) {
        return a.field(field).eq(b.field(field));
    }

    /** The first text column of a key: the one a suffix makes unique again. */
    private static Optional<Field<String>> textField(UniqueKey<?> key) {
        return key.getFields().stream()
                .filter(f -> f.getType() == String.class)
                .findFirst()
                .map(f -> textField(key.getTable(), f.getName()));
    }

    @SuppressWarnings("unchecked")
    private static Field<String> textField(Table<?> table, String name) {
        return (Field<String>) table.field(name);
    }

    /** The primary key without tenant_id. */
    private static List<? extends Field<?>> identity(Table<?> table) {
        return table.getPrimaryKey().getFields().stream().filter(f -> !f.getName().equals("tenant_id")).toList();
    }

    private static Field<UUID> tenantId(Table<?> table) {
        return table.field("tenant_id", UUID.class);
    }

    /** Lets this transaction read the source while it writes the target (V13). */
    private void announce(Tenant source, Tenant target) {
        tenantTransactions.announceMerge(db.configuration(), source, target);
    }

    /** Ends the merge's scope: the tenant's own rows only, to delete the source's and to audit each side. */
    private void scope(Tenant tenant) {
        tenantTransactions.rescope(db.configuration(), tenant);
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

    /** What a clashing name of the source gets: the former province's name, "Hội Cựu giáo chức (Hải Dương)". */
    private String suffix(Tenant source) {
        return " (" + db.select(FORMER_PROVINCE.NAME).from(FORMER_PROVINCE).where(FORMER_PROVINCE.CODE.eq(source.provinceCode()))
                .fetchOptional(FORMER_PROVINCE.NAME).orElse(source.provinceCode()) + ")";
    }

    private UUID mergedInto(Tenant source) {
        return transactions.execute(status -> db.select(TENANT.MERGED_INTO).from(TENANT).where(TENANT.ID.eq(source.id()))
                .fetchOne(TENANT.MERGED_INTO));
    }

    private Plan recordedPlan(Tenant source, Tenant target) {
        return new Plan(source, target, Map.of(), List.of(), List.of());
    }

    private Tenant tenant(String code) {
        return tenants.findByCode(code).orElseThrow(() -> TenantRefusals.unknownTenant(code));
    }

}
