package vn.vusta.platform.lifecycle;

import org.jooq.ForeignKey;
import org.jooq.Table;
import org.jooq.UniqueKey;
import vn.vusta.platform.db.jooq.DefaultSchema;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static vn.vusta.platform.db.jooq.Tables.AUDIT_EVENT;
import static vn.vusta.platform.db.jooq.Tables.MEMBER_NAME_TOKEN;
import static vn.vusta.platform.db.jooq.Tables.NAME_WORD;

/**
 * The tenant-owned tables, found in the generated schema (every table, not view, with a tenant_id), parents before the
 * tables that reference them; later tables join by themselves. The audit log is not among them: it is never moved,
 * exported over or deleted with a tenant. Nor is what triggers derive from other tables (the words of members'
 * names): inserting the rows it derives from makes it again.
 */
final class TenantTables {

    private static final Set<Table<?>> NOT_MOVED = Set.of(AUDIT_EVENT, MEMBER_NAME_TOKEN, NAME_WORD);

    private TenantTables() {
    }

    static List<Table<?>> parentsFirst() {
        var tenantTables = new ArrayList<Table<?>>();
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            if (table.getTableType().isTable() && table.field("tenant_id") != null && !NOT_MOVED.contains(table)) {
                tenantTables.add(table);
            }
        }
        Set<Table<?>> ordered = new LinkedHashSet<>();
        while (ordered.size() < tenantTables.size()) {
            int placed = ordered.size();
            for (Table<?> table : tenantTables) {
                boolean parentsPlaced = table.getReferences().stream()
                        .map(ForeignKey::getKey)
                        .map(UniqueKey::getTable)
                        .filter(tenantTables::contains)
                        .filter(parent -> !parent.equals(table))
                        .allMatch(ordered::contains);
                if (parentsPlaced) {
                    ordered.add(table);
                }
            }
            if (ordered.size() == placed) {
                throw new IllegalStateException("Tenant tables reference each other in a cycle: " + tenantTables);
            }
        }
        return List.copyOf(ordered);
    }

    static Table<?> byName(String name) {
        return parentsFirst().stream().filter(t -> t.getName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No tenant table " + name));
    }

    static List<Table<?>> childrenFirst() {
        return parentsFirst().reversed();
    }
}
