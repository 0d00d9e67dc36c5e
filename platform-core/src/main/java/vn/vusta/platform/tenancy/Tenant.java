package vn.vusta.platform.tenancy;

import java.io.Serializable;
import java.util.UUID;

/**
 * A provincial union (Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh/thành phố): one tenant of the platform.
 *
 * @param code         the tenant's code, also the alias of its Keycloak organization ({@code hai-phong})
 * @param provinceCode the official two-digit code of its province
 */
public record Tenant(UUID id, String code, String provinceCode, String name, TenantStatus status) implements Serializable {
}
