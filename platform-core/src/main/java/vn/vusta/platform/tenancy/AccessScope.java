package vn.vusta.platform.tenancy;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

import java.util.Optional;
import java.util.UUID;

/**
 * Whose data the current request may touch: one tenant's, or (the national union's reviewers) every tenant's for
 * reading. Bound by the web layer from the authenticated principal for the length of one request; the
 * transaction manager hands it to PostgreSQL at the start of each transaction. Nothing the client sends sets it.
 */
public sealed interface AccessScope {

    /** A user of one provincial union. */
    record TenantAccess(Tenant tenant) implements AccessScope {
    }

    /** A national reviewer: reads across tenants, writes no tenant's data. */
    record NationalAccess() implements AccessScope {
    }

    ScopedValue<AccessScope> CURRENT = ScopedValue.newInstance();

    static Optional<AccessScope> current() {
        return CURRENT.isBound() ? Optional.of(CURRENT.get()) : Optional.empty();
    }

    /**
     * The current tenant's rows, said again in the query. Row-level security confines the rows already, but its
     * policies OR the tenant with the national scope, and PostgreSQL cannot use an index for that; said in the
     * query, the tenant leads every index lookup. In the national scope, no condition.
     */
    static Condition ownRows(Field<UUID> tenantId) {
        return current().orElse(null) instanceof TenantAccess(Tenant tenant) ? tenantId.eq(tenant.id()) : DSL.noCondition();
    }

    /** The tenant of the current scope; fails where there is none, so tenant data is never read without one. */
    static Tenant currentTenant() {
        if (current().orElse(null) instanceof TenantAccess(Tenant tenant)) {
            return tenant;
        }
        throw new IllegalStateException("No tenant in the current scope");
    }
}
