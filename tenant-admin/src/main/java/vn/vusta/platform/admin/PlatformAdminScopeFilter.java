package vn.vusta.platform.admin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.vusta.platform.identity.Actor;
import vn.vusta.platform.tenancy.AccessScope;

import java.io.IOException;

/**
 * For an authenticated platform administrator (the chains admit no one else), binds the actor and the read scope
 * across tenants for the rest of the request: the audit log and the figures of every tenant, read-only.
 */
final class PlatformAdminScopeFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = switch (SecurityContextHolder.getContext().getAuthentication()) {
            case JwtAuthenticationToken jwt -> jwt.getToken().getClaimAsString("preferred_username");
            case Authentication a when a.getPrincipal() instanceof OidcUser oidc -> oidc.getPreferredUsername();
            case null, default -> null;
        };
        if (username == null) {
            chain.doFilter(request, response);
            return;
        }
        try {
            ScopedValue.where(Actor.CURRENT, new Actor(username))
                    .where(AccessScope.CURRENT, new AccessScope.NationalAccess())
                    .call(() -> {
                        chain.doFilter(request, response);
                        return null;
                    });
        } catch (IOException | ServletException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
