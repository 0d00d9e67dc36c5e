package vn.vusta.platform.lifecycle;

import vn.vusta.platform.tenancy.Tenant;
/**
 * A tenant ready for its first login: the administrator signs in with the temporary password, which Keycloak makes
 * them replace at once. The password is shown once, to whoever onboarded the tenant, and stored nowhere.
 */
public record OnboardingResult(Tenant tenant, String adminUsername, String temporaryPassword) {
}
