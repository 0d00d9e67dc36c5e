package vn.vusta.platform.tenancy.web;

import vn.vusta.platform.tenancy.Tenant;
import vn.vusta.platform.tenancy.TenantStatus;

import java.util.UUID;

record TenantView(UUID id, String code, String provinceCode, String name, TenantStatus status) {

    static TenantView of(Tenant tenant) {
        return new TenantView(tenant.id(), tenant.code(), tenant.provinceCode(), tenant.name(), tenant.status());
    }
}
