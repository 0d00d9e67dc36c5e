/**
 * Onboarding, suspension, archive and restore, merge and deletion of a union (tenant), as the IT administrators run
 * them through tenant-admin.
 */
@ApplicationModule(displayName = "Tenant lifecycle")
package vn.vusta.platform.lifecycle;

import org.springframework.modulith.ApplicationModule;
