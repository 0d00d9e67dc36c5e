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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static vn.vusta.platform.db.jooq.Tables.TENANT;

/**
 * Deleting a tenant: its Keycloak organization first (so nobody can log into a tenant being removed), then, in one
 * transaction in its scope, every row of its tables and the tenant itself. The audit log keeps its entries and gains
 * one saying the tenant existed and what was removed. A retry after a failure finishes the job.
 * <p>
 * Only the accounts that belong to the tenant alone go with it: an account that is also a member of another
 * organization, or holds a platform-wide role, only leaves the organization ({@link KeycloakAdmin.Fate}). Each
 * account's fate is audited as soon as it happened, in its own transaction, in the deleted tenant's log (which
 * outlives the tenant: it has no foreign key to it) as {@code user.deleted-with-tenant} or
 * {@code user.removed-from-organization}; the latter also in the log of every other union the account stays in.
 */
@Service
public class TenantDeletion {

    /** What was removed, table by table. */
    public record Deleted(Tenant tenant, Map<String, Integer> rows, List<KeycloakAdmin.DepartingMember> users) {
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
        List<KeycloakAdmin.DepartingMember> users = keycloak.deleteOrganizationWithMembers(code, user -> audit(tenant, user));
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
                    return new Deleted(tenant, rows, users);
                });
    }

    /** What deleting the tenant would do to each of its users' accounts, for the confirmation page. */
    public List<KeycloakAdmin.DepartingMember> departingUsers(String code) {
        return keycloak.departingMembers(code);
    }

    private void audit(Tenant tenant, KeycloakAdmin.DepartingMember user) {
        String before = JSON.writeValueAsString(account(user, organizations(tenant.code(), user.otherOrganizations())));
        if (user.fate() == KeycloakAdmin.Fate.DELETED) {
            tenantTransactions.inTenant(tenant, () -> {
                audit.record("user.deleted-with-tenant", "user", user.id(), before, null);
                return null;
            });
            return;
        }
        String after = JSON.writeValueAsString(account(user, user.otherOrganizations()));
        tenantTransactions.inTenant(tenant, () -> {
            audit.record("user.removed-from-organization", "user", user.id(), before, after);
            return null;
        });
        for (String other : user.otherOrganizations()) {
            tenants.findByCode(other).ifPresent(owner -> tenantTransactions.inTenant(owner, () -> {
                audit.record("user.removed-from-organization", "user", user.id(), before, after);
                return null;
            }));
        }
    }

    private static Map<String, Object> account(KeycloakAdmin.DepartingMember user, List<String> organizations) {
        return Map.of("username", user.username(), "email", user.email(), "roles", user.realmRoles(),
                "organizations", organizations);
    }

    private static List<String> organizations(String first, List<String> others) {
        var all = new ArrayList<String>();
        all.add(first);
        all.addAll(others);
        return all;
    }
}
