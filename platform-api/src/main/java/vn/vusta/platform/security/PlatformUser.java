package vn.vusta.platform.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import vn.vusta.platform.identity.RealmClaims;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The authenticated user as the platform sees it, from the signed claims of a bearer token or of the OpenID
 * Connect login: roles, and the Keycloak organizations whose aliases are tenant codes (one at most, rightly).
 *
 * @param displayName   Vietnamese order, family name first
 * @param subject       the account's id in Keycloak
 * @param organizations every organization the token names: more than one is refused, never narrowed to the first
 */
public record PlatformUser(String subject, String username, String displayName, Set<String> roles,
                           List<String> organizations) {

    private static final String ROLE_PREFIX = "ROLE_";

    /**
     * The request attribute holding the signed-in user of a page request, set on its way in: the container's error
     * dispatch (a page not found) runs after the security chain has let the user go, and shows the same header.
     */
    public static final String REQUEST_ATTRIBUTE = PlatformUser.class.getName();

    public static Optional<PlatformUser> of(Authentication authentication) {
        Map<String, Object> claims = switch (authentication) {
            case JwtAuthenticationToken jwt -> jwt.getTokenAttributes();
            case null -> null;
            default -> authentication.getPrincipal() instanceof OidcUser oidc ? oidc.getClaims() : null;
        };
        if (claims == null) {
            return Optional.empty();
        }
        // Roles from the authorities Spring Security granted, which both login paths derive from realm_access.
        Set<String> roles = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a != null && a.startsWith(ROLE_PREFIX))
                .map(a -> a.substring(ROLE_PREFIX.length()))
                .collect(Collectors.toUnmodifiableSet());
        return Optional.of(new PlatformUser(String.valueOf(claims.get("sub")), String.valueOf(claims.get("preferred_username")),
                RealmClaims.displayName(claims), roles, RealmClaims.organizations(claims)));
    }

    /** The one organization; empty for none and for several. */
    public Optional<String> organization() {
        return organizations.size() == 1 ? Optional.of(organizations.getFirst()) : Optional.empty();
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(String... candidates) {
        for (String role : candidates) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
