package vn.vusta.platform.tenancy;

import java.util.Optional;

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

    /** The tenant of the current scope; fails where there is none, so tenant data is never read without one. */
    static Tenant currentTenant() {
        if (current().orElse(null) instanceof TenantAccess(Tenant tenant)) {
            return tenant;
        }
        throw new IllegalStateException("No tenant in the current scope");
    }
}
