package vn.vusta.platform.lifecycle;

/**
 * A new tenant and its first administrator.
 *
 * @param code         the tenant's code, also its Keycloak organization's alias ({@code hai-duong})
 * @param provinceCode the official two-digit code of its province, current or former
 */
public record OnboardingRequest(String code, String name, String provinceCode,
                                String adminEmail, String adminFirstName, String adminLastName) {
}
