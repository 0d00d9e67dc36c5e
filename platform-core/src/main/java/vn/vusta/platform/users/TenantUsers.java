package vn.vusta.platform.users;

import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;
import vn.vusta.platform.audit.AuditLog;
import vn.vusta.platform.identity.KeycloakAdmin;
import vn.vusta.platform.identity.Roles;
import vn.vusta.platform.identity.TemporaryPassword;
import vn.vusta.platform.tenancy.AccessScope;
import vn.vusta.platform.tenancy.Tenant;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The users of the current tenant, as its administrators manage them: the members of the tenant's Keycloak
 * organization. Only the three tenant roles can be given or taken, and only to members of this organization: a user
 * of another tenant is not found. Keycloak calls are made by the platform's service account.
 */
@Service
public class TenantUsers {

    public static final Set<String> MANAGEABLE_ROLES = Set.of(Roles.TENANT_ADMIN, Roles.TENANT_EDITOR, Roles.TENANT_VIEWER);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The user is not a member of the current tenant (or does not exist: the two look the same). */
    public static class UnknownUserException extends RuntimeException {
        UnknownUserException(String id) {
            super("No user " + id + " in this tenant");
        }
    }

    /** A role outside the tenant roles: national-reviewer and platform-admin are given by the platform only. */
    public static class RoleNotManageableException extends RuntimeException {
        private final String role;

        RoleNotManageableException(String role) {
            super("The role " + role + " cannot be given here");
            this.role = role;
        }

        public String role() {
            return role;
        }
    }

    public record Invitation(String username, String temporaryPassword) {
    }

    private final KeycloakAdmin keycloak;
    private final AuditLog audit;

    TenantUsers(KeycloakAdmin keycloak, AuditLog audit) {
        this.keycloak = keycloak;
        this.audit = audit;
    }

    public List<KeycloakAdmin.Member> list() {
        return keycloak.membersWithRoles(organization());
    }

    public Invitation invite(String email, String firstName, String lastName, String role) {
        requireManageable(Set.of(role));
        String password = TemporaryPassword.generate();
        String userId = keycloak.ensureMember(organization(),
                new KeycloakAdmin.NewUser(email, firstName, lastName, password), role);
        audit.record("user.invited", "user", userId, null, JSON.writeValueAsString(Map.of("email", email, "role", role)));
        return new Invitation(email, password);
    }

    public KeycloakAdmin.Member changeRoles(String userId, Set<String> roles) {
        requireManageable(roles);
        KeycloakAdmin.Member before = member(userId);
        keycloak.setRealmRoles(userId, roles, MANAGEABLE_ROLES);
        keycloak.signOut(userId); // revocation: tokens carrying the old roles die now, not when they expire
        KeycloakAdmin.Member after = member(userId);
        audit.record("user.roles-changed", "user", userId, rolesJson(before), rolesJson(after));
        return after;
    }

    public KeycloakAdmin.Member setEnabled(String userId, boolean enabled) {
        KeycloakAdmin.Member before = member(userId);
        keycloak.setEnabled(userId, enabled);
        if (!enabled) keycloak.signOut(userId); // revocation: the disabled user's sessions end at once
        audit.record(enabled ? "user.enabled" : "user.disabled", "user", userId,
                JSON.writeValueAsString(Map.of("enabled", before.enabled())), JSON.writeValueAsString(Map.of("enabled", enabled)));
        return member(userId);
    }

    private KeycloakAdmin.Member member(String userId) {
        return list().stream().filter(m -> m.id().equals(userId)).findFirst()
                .orElseThrow(() -> new UnknownUserException(userId));
    }

    private String organization() {
        Tenant tenant = AccessScope.currentTenant();
        return keycloak.findOrganization(tenant.code())
                .orElseThrow(() -> new IllegalStateException("The tenant " + tenant.code() + " has no Keycloak organization"));
    }

    private static void requireManageable(Set<String> roles) {
        for (String role : roles) {
            if (!MANAGEABLE_ROLES.contains(role)) {
                throw new RoleNotManageableException(role);
            }
        }
    }

    private static String rolesJson(KeycloakAdmin.Member member) {
        var roles = new TreeSet<>(member.realmRoles());
        roles.retainAll(MANAGEABLE_ROLES);
        return JSON.writeValueAsString(Map.of("roles", roles));
    }
}
