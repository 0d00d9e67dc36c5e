package vn.vusta.platform.web;

import java.time.ZoneId;
import vn.vusta.platform.calendar.VietnamTime;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;
import vn.vusta.platform.security.PlatformUser;
import vn.vusta.platform.tenancy.AccessScope;
import vn.vusta.platform.tenancy.Tenant;

import java.util.List;
import java.util.Map;

/**
 * What every page's layout shows: the user, their roles, their tenant and the menu their roles allow. A capability
 * adds what its own parts of the layout need through an advice of its own (files' {@code FilesLayoutAdvice}).
 */
// Pages only: the API's controllers need none of it.
@ControllerAdvice(annotations = PageController.class)
class LayoutAdvice {

    /** Vietnam's time zone, in which pages show the moments recorded (kept in UTC): {@code t.atZoneSameInstant(vn)}. */
    @ModelAttribute("vn")
    ZoneId vietnamTime() {
        return VietnamTime.ZONE;
    }

    @ModelAttribute("user")
    PlatformUser user(Authentication authentication) {
        return authentication == null ? null : PlatformUser.of(authentication).orElse(null);
    }

    @ModelAttribute("tenant")
    Tenant tenant() {
        return AccessScope.current().orElse(null) instanceof AccessScope.TenantAccess(Tenant tenant) ? tenant : null;
    }

    @ModelAttribute("navigation")
    Navigation navigation(Authentication authentication) {
        return user(authentication) instanceof PlatformUser user ? Navigation.of(user) : new Navigation(List.of());
    }

    /** The page itself in the other language, its query kept: a switch keeps the list's search and filters. */
    @ModelAttribute("languages")
    Map<String, String> languages(HttpServletRequest request) {
        return Map.of("vi", language(request, "vi"), "en", language(request, "en"));
    }

    private static String language(HttpServletRequest request, String language) {
        // As the browser sent it: the query stays encoded as it came, only lang is set.
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                .replaceQueryParam("lang", language).build().toUriString();
    }
}
