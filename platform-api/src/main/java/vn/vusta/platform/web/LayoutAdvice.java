package vn.vusta.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;
import vn.vusta.platform.security.PlatformUser;
import vn.vusta.platform.tenancy.AccessScope;
import vn.vusta.platform.tenancy.Tenant;
import vn.vusta.platform.calendar.VietnamTime;

import java.time.ZoneId;
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
    PlatformUser user(Authentication authentication, HttpServletRequest request) {
        if (authentication != null) {
            return PlatformUser.of(authentication).orElse(null);
        }
        // An error page (a page not found) is rendered in the container's error dispatch, after the security chain
        // has let the request's user go: the user it recorded on the way in keeps the header and menu of a signed-in
        // user there. Only for showing them: the request was authenticated and authorised on its way in.
        return request.getDispatcherType() == DispatcherType.ERROR
                && request.getAttribute(PlatformUser.REQUEST_ATTRIBUTE) instanceof PlatformUser signedIn ? signedIn : null;
    }

    @ModelAttribute("tenant")
    Tenant tenant() {
        return AccessScope.current().orElse(null) instanceof AccessScope.TenantAccess(Tenant tenant) ? tenant : null;
    }

    @ModelAttribute("navigation")
    Navigation navigation(Authentication authentication, HttpServletRequest request) {
        if (!(user(authentication, request) instanceof PlatformUser user)) {
            return Navigation.NONE;
        }
        // An error page (a page not found, say) marks the section of the address that was asked for.
        String path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String asked
                ? asked : request.getRequestURI();
        return Navigation.of(user).at(path.substring(Math.min(request.getContextPath().length(), path.length())));
    }

    /** The page itself in the other language, its query kept: a switch keeps the list's search and filters. */
    @ModelAttribute("languages")
    Map<String, String> languages(HttpServletRequest request) {
        return Map.of("vi", language(request, "vi"), "en", language(request, "en"));
    }

    private static String language(HttpServletRequest request, String language) {
        // An error page is for the address that was asked (not /error), without its query: only lang.
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String asked) {
            return UriComponentsBuilder.fromPath(asked).queryParam("lang", language).build().toUriString();
        }
        // As the browser sent it: the query stays encoded as it came, only lang is set.
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                .replaceQueryParam("lang", language).build().toUriString();
    }
}
