package vn.vusta.platform.web;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import vn.vusta.platform.identity.Roles;
import vn.vusta.platform.security.PlatformUser;

/** Where a user lands after login: a tenant user on their province's workspace, a reviewer on the tenant list. */
@PageController
class HomeController {

    @GetMapping("/")
    String home(Authentication authentication) {
        PlatformUser user = PlatformUser.of(authentication).orElseThrow();
        if (user.hasAnyRole(Roles.TENANT_READERS)) {
            return "redirect:/workspace";
        }
        if (user.hasAnyRole(Roles.NATIONAL_REVIEWER, Roles.PLATFORM_ADMIN)) {
            return "redirect:/national/tenants";
        }
        return "no-role";
    }
}
