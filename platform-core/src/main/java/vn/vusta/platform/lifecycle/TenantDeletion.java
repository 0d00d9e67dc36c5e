package vn.vusta.platform.lifecycle;

import org.jooq.DSLContext;
import org.jooq.JSONFormat;
import org.jooq.Table;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;
import vn.vusta.platform.audit.AuditLog;
import vn.vusta.platform.db.jooq.Routines;
import vn.vusta.platform.db.jooq.tables.records.TenantRecord;
import vn.vusta.platform.files.StoredFiles;
import vn.vusta.platform.tenancy.ScopeProofs;
import vn.vusta.platform.identity.KeycloakAdmin;
import vn.vusta.platform.tenancy.Tenant;
import vn.vusta.platform.tenancy.TenantTransactions;
import vn.vusta.platform.tenancy.Tenants;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static vn.vusta.platform.db.jooq.Tables.AUDIT_EVENT;
import static vn.vusta.platform.db.jooq.Tables.TENANT;

/**
 * Deleting a tenant: its Keycloak organization first (so nobody can log into a tenant being removed), then, in one
 * transaction in its scope, every row of its tables and the tenant itself; then the bytes of its stored files. The
 * audit log keeps its entries, without the personal data they held, and gains one saying the tenant existed and
 * what was removed. A retry after a failure finishes the job.
 * <p>
 * Only the accounts that belong to the tenant alone go with it: an account that is also a member of another
 * organization, or holds a platform-wide role, only leaves the organization ({@link KeycloakAdmin.Fate}). Each
 * account's fate is audited as soon as it happened, in its own transaction, in the deleted tenant's log (which
 * outlives the tenant: it has no foreign key to it) as {@code user.deleted-with-tenant} or
 * {@code user.removed-from-organization}; the latter also in the log of every other union the account stays in.
 */
@Service
public class TenantDeletion {

    /**
     * What was removed: rows table by table, the accounts' fates, the stored files (how many, their bytes, how many
     * could not be removed from the storage) and the audit entries whose personal data was removed.
     */
    public record Deleted(Tenant tenant, Map<String, Integer> rows, List<KeycloakAdmin.DepartingMember> users,
                          Files files, int auditEntriesErased) {
    }

    /** The tenant's stored files: removed, their total size, and those the storage failed to remove. */
    public record Files(int removed, long bytes, int notRemoved) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JSONFormat AS_OBJECT = JSONFormat.DEFAULT_FOR_RECORDS.recordFormat(JSONFormat.RecordFormat.OBJECT);

    private final DSLContext db;
    private final Tenants tenants;
    private final KeycloakAdmin keycloak;
    private final AuditLog audit;
    private final TenantTransactions tenantTransactions;
    private final StoredFiles storedFiles;
    private final ScopeProofs proofs;

    private final FailedOperations failures;

    TenantDeletion(DSLContext db, Tenants tenants, KeycloakAdmin keycloak, AuditLog audit, TenantTransactions tenantTransactions,
                   StoredFiles storedFiles, ScopeProofs proofs, FailedOperations failures) {
        this.failures = failures;
        this.storedFiles = storedFiles;
        this.proofs = proofs;
        this.db = db;
        this.tenants = tenants;
        this.keycloak = keycloak;
        this.audit = audit;
        this.tenantTransactions = tenantTransactions;
    }

    public Deleted delete(String code, String confirmation) {
        return failures.audited("deletion", code, () -> deleteAudited(code, confirmation));
    }

    private Deleted deleteAudited(String code, String confirmation) {
        if (!code.equals(confirmation == null ? null : confirmation.strip())) {
            throw TenantRefusals.deletionUnconfirmed(code);
        }
        Tenant tenant = tenants.findByCode(code).orElseThrow(() -> TenantRefusals.unknownTenant(code));
        List<KeycloakAdmin.DepartingMember> users = keycloak.deleteOrganizationWithMembers(code, user -> audit(tenant, user));
        // The rows, the tenant and its audit entries' personal data in one transaction; the files' bytes once it is
        // committed (a storage is no transaction: bytes must not go while their rows could still come back).
        var done = tenantTransactions.inTenant(tenant, () -> {
            TenantRecord before = db.selectFrom(TENANT).where(TENANT.ID.eq(tenant.id())).forUpdate().fetchSingle();
            StoredFiles.TenantFiles files = storedFiles.ofTenant();
            var rows = new LinkedHashMap<String, Integer>();
            for (Table<?> table : TenantTables.childrenFirst()) {
                rows.put(table.getName(), db.deleteFrom(table)
                        .where(table.field("tenant_id", UUID.class).eq(tenant.id())).execute());
            }
            db.deleteFrom(TENANT).where(TENANT.ID.eq(tenant.id())).execute();
            int erased = erasePersonalData(tenant);
            audit.record("tenant.deleted", "tenant", code, JSON.writeValueAsString(Map.of(
                    "tenant", JSON.readTree(before.formatJSON(AS_OBJECT)),
                    "rows", rows, "files", Map.of("count", files.keys().size(), "bytes", files.bytes()),
                    "auditEntriesErased", erased)), null);
            return new Removed(rows, files, erased);
        });
        int notRemoved = storedFiles.removeBytes(done.files().keys());
        return new Deleted(tenant, done.rows(), users,
                new Files(done.files().keys().size() - notRemoved, done.files().bytes(), notRemoved), done.erased());
    }

    /** What the deletion's transaction removed. */
    private record Removed(Map<String, Integer> rows, StoredFiles.TenantFiles files, int erased) {
    }

    /**
     * The tenant's audit entries keep who did what, when and to which record, not what they said of people: their
     * before/after lose every key but identifiers, statuses, kinds, roles and times. PostgreSQL lets this transaction,
     * which deleted the tenant, and no other rewrite them, with a proof only the application can make (V34).
     */
    private int erasePersonalData(Tenant tenant) {
        ScopeProofs.Proof proof = proofs.tenantErasure(tenant.id());
        Routines.beginTenantErasure(db.configuration(), proof.nonce(), proof.value());
        return db.update(AUDIT_EVENT)
                .set(AUDIT_EVENT.BEFORE, Routines.auditDetailsWithoutPersons(AUDIT_EVENT.BEFORE))
                .set(AUDIT_EVENT.AFTER, Routines.auditDetailsWithoutPersons(AUDIT_EVENT.AFTER))
                .where(AUDIT_EVENT.TENANT_ID.eq(tenant.id()))
                .and(AUDIT_EVENT.BEFORE.isNotNull().or(AUDIT_EVENT.AFTER.isNotNull()))
                .execute();
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
