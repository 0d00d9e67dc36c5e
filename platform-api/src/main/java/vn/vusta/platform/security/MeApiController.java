package vn.vusta.platform.security;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.vusta.platform.tenancy.AccessScope;
import vn.vusta.platform.tenancy.Tenant;
import vn.vusta.platform.tenancy.TenantStatus;

import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** Who the bearer of a token or session is: what a client shows in its header and uses to choose its menus. */
@RestController
@RequestMapping("/api/v1/me")
class MeApiController {

    record Me(String username, String displayName, Set<String> roles, MyTenant tenant) {
    }

    record MyTenant(UUID id, String code, String provinceCode, String name, TenantStatus status) {
    }

    @GetMapping
    @Operation(summary = "The authenticated user, their roles and their tenant")
    Me me(Authentication authentication) {
        PlatformUser user = PlatformUser.of(authentication).orElseThrow();
        Tenant tenant = AccessScope.current().orElse(null) instanceof AccessScope.TenantAccess(Tenant t) ? t : null;
        return new Me(user.username(), user.displayName(), new TreeSet<>(user.roles()),
                tenant == null ? null
                        : new MyTenant(tenant.id(), tenant.code(), tenant.provinceCode(), tenant.name(), tenant.status()));
    }
}
