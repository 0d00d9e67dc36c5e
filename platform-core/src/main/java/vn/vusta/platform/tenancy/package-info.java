/**
 * The tenants — the 34 provincial unions — and whose data a request may touch, enforced by PostgreSQL's row-level
 * security.
 */
@ApplicationModule(displayName = "Tenancy (liên hiệp hội tỉnh)")
package vn.vusta.platform.tenancy;

import org.springframework.modulith.ApplicationModule;
