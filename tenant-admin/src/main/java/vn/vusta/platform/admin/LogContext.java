package vn.vusta.platform.admin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.vusta.platform.tenancy.AccessScope;

import java.io.IOException;

/**
 * After authentication and the access scope, every log line of the request names the tenant (its code, or
 * "national") and the user by their Keycloak id (MDC {@code tenant}, {@code userId}): never the user name or the
 * e-mail, which are personal data. RequestIds removes them when the request ends.
 */
final class LogContext extends OncePerRequestFilter {

    static final String TENANT = "tenant";
    static final String USER_ID = "userId";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String userId = switch (SecurityContextHolder.getContext().getAuthentication()) {
            case JwtAuthenticationToken jwt -> jwt.getToken().getSubject();
            case Authentication a when a.getPrincipal() instanceof OidcUser oidc -> oidc.getSubject();
            case null, default -> null;
        };
        String tenant = switch (AccessScope.current().orElse(null)) {
            case AccessScope.TenantAccess access -> access.tenant().code();
            case AccessScope.NationalAccess ignored -> "national";
            case null, default -> null;
        };
        putIfPresent(USER_ID, userId);
        putIfPresent(TENANT, tenant);
        // Left in place to the end of the request, so its last line (RequestIds's) names them too; RequestIds
        // clears what the request put in the MDC.
        chain.doFilter(request, response);
    }

    private static void putIfPresent(String key, String value) {
        if (value != null) {
            MDC.put(key, value);
        }
    }
}
