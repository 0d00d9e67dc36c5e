package vn.vusta.platform.lifecycle;

import vn.vusta.platform.tenancy.Tenant;

/**
 * A tenant ready for its first login: Keycloak mailed its administrator a link to verify the address and choose a
 * password. No password exists before, and none is ever shown or returned.
 */
public record OnboardingResult(Tenant tenant, String adminUsername) {
}
