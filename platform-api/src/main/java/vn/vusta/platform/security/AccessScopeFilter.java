package vn.vusta.platform.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.vusta.platform.identity.Actor;
import vn.vusta.platform.identity.KeycloakAdmin;
import vn.vusta.platform.identity.Roles;
import vn.vusta.platform.tenancy.AccessScope;
import vn.vusta.platform.tenancy.Tenant;
import vn.vusta.platform.tenancy.TenantStatus;
import vn.vusta.platform.tenancy.Tenants;

import java.io.IOException;
import java.util.List;

/**
 * Binds the {@link AccessScope} and the {@link Actor} of the rest of the request from the authenticated principal: the tenant of the
 * user's Keycloak organization, or the national read scope of a reviewer. Nothing the client sends (header, path,
 * body) takes part. A tenant user whose tenant is unknown, suspended or merged is refused here, before any
 * controller runs; the chain's access-denied handler answers.
 */
final class AccessScopeFilter extends OncePerRequestFilter {

    private final Tenants tenants;
    private final KeycloakAdmin keycloak;

    AccessScopeFilter(Tenants tenants, KeycloakAdmin keycloak) {
        this.tenants = tenants;
        this.keycloak = keycloak;
    }

    /** What every page loads, the refusal pages too, and that holds no union's data: it needs no scope. */
    private static final List<String> STATIC = List.of("/webjars/", "/css/", "/js/", "/favicon.ico", "/favicon.svg");

    // Forwards (to the denied page, say) and error dispatches run after the scope was decided or refused. The styles
    // and scripts are served whatever the user's union: a suspended union's page must still look like the platform's.
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getDispatcherType() != DispatcherType.REQUEST || STATIC.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        PlatformUser user = PlatformUser.of(authentication).orElse(null);
        if (user == null) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(PlatformUser.REQUEST_ATTRIBUTE, user);
        ScopedValue.Carrier carrier = ScopedValue.where(Actor.CURRENT, new Actor(user.username()));
        AccessScope scope = scopeOf(user);
        if (scope != null) {
            carrier = carrier.where(AccessScope.CURRENT, scope);
        }
        try {
            carrier.call(() -> {
                chain.doFilter(request, response);
                return null;
            });
        } catch (IOException | ServletException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }

    private AccessScope scopeOf(PlatformUser user) {
        // One account, one union: a token naming several organizations is refused whatever its roles, rather than
        // served as the first one's (whoever added the account to a second organization would choose the union).
        if (user.organizations().size() > 1) {
            throw new TenantAccessDeniedException("tenant.several", user.username());
        }
        if (user.hasAnyRole(Roles.TENANT_READERS)) {
            String code = user.organization().orElseThrow(() -> noOrganization(user));
            Tenant tenant = tenants.findByCode(code)
                    .orElseThrow(() -> new TenantAccessDeniedException("tenant.unknown", code));
            if (tenant.status() == TenantStatus.SUSPENDED) {
                throw new TenantAccessDeniedException("tenant.suspended", tenant.name());
            }
            if (tenant.status() == TenantStatus.MERGED) {
                throw new TenantAccessDeniedException("tenant.merged", tenant.name());
            }
            return new AccessScope.TenantAccess(tenant);
        }
        if (user.hasRole(Roles.NATIONAL_REVIEWER)) {
            return new AccessScope.NationalAccess();
        }
        return null;
    }

    /**
     * Keycloak names no organization in the token of an account of several (it would have to choose one), so only
     * Keycloak itself can tell "none" from "several": asked here, on the way to a refusal only.
     */
    private TenantAccessDeniedException noOrganization(PlatformUser user) {
        try {
            if (keycloak.organizationsOf(user.subject()).size() > 1) {
                return new TenantAccessDeniedException("tenant.several", user.username());
            }
        } catch (KeycloakAdmin.KeycloakUnavailableException e) {
            // Refused all the same; only the reason is less precise.
        }
        return new TenantAccessDeniedException("tenant.none", user.username());
    }
}
