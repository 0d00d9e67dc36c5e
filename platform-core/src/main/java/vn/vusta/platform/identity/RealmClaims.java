package vn.vusta.platform.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads the platform's claims from a Keycloak token of the realm (access token, ID token or userinfo). */
public final class RealmClaims {

    private RealmClaims() {
    }

    /** {@code realm_access.roles}. */
    public static Set<String> roles(Map<String, Object> claims) {
        if (claims.get("realm_access") instanceof Map<?, ?> access && access.get("roles") instanceof Collection<?> roles) {
            return roles.stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet());
        }
        return Set.of();
    }

    /**
     * The aliases of the user's Keycloak organizations; an alias is a tenant code. Keycloak writes the claim as a
     * list of aliases, or as a map keyed by alias when organization ids are added. An account belongs to one union
     * at most, so more than one is a fault the caller refuses — never a choice of the first.
     */
    public static List<String> organizations(Map<String, Object> claims) {
        return switch (claims.get("organization")) {
            case List<?> aliases -> aliases.stream().map(String::valueOf).filter(a -> !a.isBlank()).distinct().toList();
            case Map<?, ?> byAlias -> byAlias.keySet().stream().map(String::valueOf).filter(a -> !a.isBlank()).toList();
            case String alias when !alias.isBlank() -> List.of(alias);
            case null, default -> List.of();
        };
    }

    /** Vietnamese order, family name first ("Hoàng Văn Kể"); Keycloak's own {@code name} puts it last. */
    public static String displayName(Map<String, Object> claims) {
        Object family = claims.get("family_name");
        Object given = claims.get("given_name");
        if (family != null && given != null) {
            return family + " " + given;
        }
        return String.valueOf(claims.getOrDefault("name", claims.get("preferred_username")));
    }
}
