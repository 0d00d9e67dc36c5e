package vn.vusta.platform.identity;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

import java.util.HashSet;
import java.util.Set;

/**
 * Keycloak realm roles ({@code realm_access.roles}) as Spring Security authorities {@code ROLE_<role>}, for both
 * ways in: bearer tokens of the API and the OpenID Connect login of the pages. Shared by both applications.
 */
public final class RealmRoles {

    private static final String PREFIX = "ROLE_";

    private RealmRoles() {
    }

    /** For the resource server: authorities from the access token, the principal's name from preferred_username. */
    public static JwtAuthenticationConverter jwtAuthenticationConverter() {
        var converter = new JwtAuthenticationConverter();
        // Read from the claims as they are, not through an expression: this runs on every API request.
        converter.setJwtGrantedAuthoritiesConverter(jwt -> RealmClaims.roles(jwt.getClaims()).stream()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority(PREFIX + role)).toList());
        converter.setPrincipalClaimName("preferred_username");
        return converter;
    }

    /** For the OpenID Connect login: authorities from the ID token, added to those Spring Security grants. */
    public static GrantedAuthoritiesMapper oidcAuthoritiesMapper() {
        return authorities -> {
            Set<GrantedAuthority> mapped = new HashSet<>(authorities);
            for (GrantedAuthority authority : authorities) {
                if (authority instanceof OidcUserAuthority oidc) {
                    RealmClaims.roles(oidc.getIdToken().getClaims())
                            .forEach(role -> mapped.add(new SimpleGrantedAuthority(PREFIX + role)));
                }
            }
            return mapped;
        };
    }
}
