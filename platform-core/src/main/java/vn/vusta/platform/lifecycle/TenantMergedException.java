package vn.vusta.platform.lifecycle;

import vn.vusta.platform.tenancy.Tenant;
/** A merged tenant is history: it is read, never changed. */
public class TenantMergedException extends RuntimeException {

    private final Tenant tenant;

    TenantMergedException(Tenant tenant) {
        super(tenant.code() + " is merged and read-only");
        this.tenant = tenant;
    }

    public Tenant tenant() {
        return tenant;
    }
}
