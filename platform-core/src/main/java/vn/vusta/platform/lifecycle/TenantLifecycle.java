package vn.vusta.platform.lifecycle;

import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import vn.vusta.platform.audit.AuditLog;
import vn.vusta.platform.db.jooq.tables.records.TenantRecord;
import vn.vusta.platform.tenancy.Tenant;
import vn.vusta.platform.tenancy.TenantColumns;
import vn.vusta.platform.tenancy.TenantStatus;
import vn.vusta.platform.tenancy.TenantTransactions;
import vn.vusta.platform.tenancy.Tenants;

import static vn.vusta.platform.db.jooq.Tables.TENANT;

/**
 * What the IT administrators do to a tenant as a whole. Each step runs in one transaction in the tenant's own
 * scope, so its audit entry is written with it or not at all; repeating a step that is already done changes and
 * records nothing, so scripts may retry.
 */
@Service
public class TenantLifecycle {

    private final DSLContext db;
    private final Tenants tenants;
    private final AuditLog audit;
    private final TenantTransactions tenantTransactions;

    private final FailedOperations failures;

    TenantLifecycle(DSLContext db, Tenants tenants, AuditLog audit, TenantTransactions tenantTransactions, FailedOperations failures) {
        this.failures = failures;
        this.db = db;
        this.tenants = tenants;
        this.audit = audit;
        this.tenantTransactions = tenantTransactions;
    }

    /** Its users are refused with a message that says so; its data stays as it is, visible to the national union. */
    public Tenant suspend(String code) {
        return failures.audited("suspension", code, () -> changeStatus(code, TenantStatus.SUSPENDED, "tenant.suspended"));
    }

    public Tenant reactivate(String code) {
        return failures.audited("reactivation", code, () -> changeStatus(code, TenantStatus.ACTIVE, "tenant.reactivated"));
    }

    private Tenant changeStatus(String code, TenantStatus target, String action) {
        Tenant tenant = tenants.findByCode(code).orElseThrow(() -> TenantRefusals.unknownTenant(code));
        return tenantTransactions.inTenant(tenant, () -> {
                    TenantRecord before = db.selectFrom(TENANT).where(TENANT.ID.eq(tenant.id())).forUpdate().fetchSingle();
                    if (before.into(TenantColumns.STATUS).value1() == TenantStatus.MERGED) {
                        throw TenantRefusals.merged(tenant);
                    }
                    if (before.into(TenantColumns.STATUS).value1() == target) {
                        return tenant;
                    }
                    TenantRecord after = db.update(TENANT).set(TenantColumns.STATUS, target)
                            .where(TENANT.ID.eq(tenant.id())).returning().fetchSingle();
                    audit.record(action, before, after, code);
                    return Tenants.toTenant(after);
                });
    }
}
