package vn.vusta.platform.lifecycle;

import org.jooq.DSLContext;
import org.jooq.JSONFormat;
import org.jooq.Table;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;
import vn.vusta.platform.audit.AuditLog;
import vn.vusta.platform.db.jooq.tables.records.TenantRecord;
import vn.vusta.platform.identity.KeycloakAdmin;
import vn.vusta.platform.tenancy.Tenant;
import vn.vusta.platform.tenancy.TenantTransactions;
import vn.vusta.platform.tenancy.Tenants;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static vn.vusta.platform.db.jooq.Tables.TENANT;

/**
 * Deleting a tenant: its Keycloak users and organization first (so nobody can log into a tenant being removed),
 * then, in one transaction in its scope, every row of its tables and the tenant itself. The audit log keeps its
 * entries and gains one saying the tenant existed and what was removed. A retry after a failure finishes the job.
 */
@Service
public class TenantDeletion {

    /** What was removed, table by table. */
    public record Deleted(Tenant tenant, Map<String, Integer> rows) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JSONFormat AS_OBJECT = JSONFormat.DEFAULT_FOR_RECORDS.recordFormat(JSONFormat.RecordFormat.OBJECT);

    private final DSLContext db;
    private final Tenants tenants;
    private final KeycloakAdmin keycloak;
    private final AuditLog audit;
    private final TenantTransactions tenantTransactions;

    TenantDeletion(DSLContext db, Tenants tenants, KeycloakAdmin keycloak, AuditLog audit, TenantTransactions tenantTransactions) {
        this.db = db;
        this.tenants = tenants;
        this.keycloak = keycloak;
        this.audit = audit;
        this.tenantTransactions = tenantTransactions;
    }

    public Deleted delete(String code, String confirmation) {
        if (!code.equals(confirmation == null ? null : confirmation.strip())) {
            throw new DeletionNotConfirmedException(code);
        }
        Tenant tenant = tenants.findByCode(code).orElseThrow(() -> new UnknownTenantException(code));
        keycloak.deleteOrganizationWithMembers(code);
        return tenantTransactions.inTenant(tenant, () -> {
                    TenantRecord before = db.selectFrom(TENANT).where(TENANT.ID.eq(tenant.id())).forUpdate().fetchSingle();
                    var rows = new LinkedHashMap<String, Integer>();
                    for (Table<?> table : TenantTables.childrenFirst()) {
                        rows.put(table.getName(), db.deleteFrom(table)
                                .where(table.field("tenant_id", UUID.class).eq(tenant.id())).execute());
                    }
                    audit.record("tenant.deleted", "tenant", code, JSON.writeValueAsString(Map.of(
                            "tenant", JSON.readTree(before.formatJSON(AS_OBJECT)),
                            "rows", rows)), null);
                    db.deleteFrom(TENANT).where(TENANT.ID.eq(tenant.id())).execute();
                    return new Deleted(tenant, rows);
                });
    }
}
