package vn.vusta.platform.api;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.vusta.platform.security.PlatformUser;
import vn.vusta.platform.tenancy.AccessScope;
import vn.vusta.platform.tenancy.Tenant;

import java.util.Set;
import java.util.TreeSet;

@RestController
@RequestMapping("/api/v1/me")
class MeController {

    record Me(String username, String displayName, Set<String> roles, TenantView tenant) {
    }

    @GetMapping
    @Operation(summary = "The authenticated user, their roles and their tenant")
    Me me(Authentication authentication) {
        PlatformUser user = PlatformUser.of(authentication).orElseThrow();
        Tenant tenant = AccessScope.current().orElse(null) instanceof AccessScope.TenantAccess(Tenant t) ? t : null;
        return new Me(user.username(), user.displayName(), new TreeSet<>(user.roles()),
                tenant == null ? null : TenantView.of(tenant));
    }
}
