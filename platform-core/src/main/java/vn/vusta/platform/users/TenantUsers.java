package vn.vusta.platform.users;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.vusta.platform.audit.AuditLog;
import vn.vusta.platform.identity.KeycloakAdmin;
import vn.vusta.platform.identity.Roles;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.tenancy.AccessScope;
import vn.vusta.platform.tenancy.Tenant;
import vn.vusta.platform.tenancy.Tenants;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The users of the current tenant, as its administrators manage them: the members of the tenant's Keycloak
 * organization. Only the three tenant roles can be given or taken, and only to accounts of this organization alone:
 * {@link KeycloakAdmin} checks that itself before any change, so a user of another tenant is not found. Every effect
 * is audited in this union, and so is every refused attempt — also in the union that owns the account aimed at, so
 * its administrators learn of it. Keycloak calls are made by the platform's service account.
 */
@Service
public class TenantUsers {

    public static final Set<String> MANAGEABLE_ROLES = Set.of(Roles.TENANT_ADMIN, Roles.TENANT_EDITOR, Roles.TENANT_VIEWER,
            Roles.TENANT_APPROVER);
    /** The refusal of an address outside the union; it says nothing of the account behind it. */
    public static final String INVITE_REFUSED = "users.invite.refused";
    /**
     * The refusal of a role outside the tenant roles (national-reviewer and platform-admin are given by the platform
     * only); its argument is the role, its field the request's that named it: {@code role} of an invitation,
     * {@code roles} of a change.
     */
    public static final String ROLE_NOT_MANAGEABLE = "user.role.notmanageable";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * What an invitation did. No password exists: Keycloak mailed the person a link to choose one.
     *
     * @param invited false when the person already was a user of this union (nothing was changed or sent)
     */
    public record Invitation(String username, boolean invited) {
    }

    private final KeycloakAdmin keycloak;
    private final AuditLog audit;
    private final Tenants tenants;
    private final TransactionTemplate apart;

    TenantUsers(KeycloakAdmin keycloak, AuditLog audit, Tenants tenants, PlatformTransactionManager transactions) {
        this.keycloak = keycloak;
        this.audit = audit;
        this.tenants = tenants;
        // A refusal is recorded in a transaction of its own, so the refusal's exception cannot roll it back.
        this.apart = new TransactionTemplate(transactions);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The union's users, each with the tenant roles only (Keycloak's default roles are no business of the union). */
    public List<KeycloakAdmin.Member> list() {
        return keycloak.membersWithRoles(organization()).stream()
                .map(m -> new KeycloakAdmin.Member(m.id(), m.username(), m.email(), m.firstName(), m.lastName(),
                        m.enabled(), tenantRoles(m.realmRoles())))
                .toList();
    }

    /**
     * Invites the person by Keycloak's e-mail; refused for an address (or username) of an account outside this
     * union, with a reason that says nothing of that account; a no-op for a user of this union already (one who has
     * not chosen a password yet gets the e-mail again: there is no password to reset).
     */
    public Invitation invite(String email, String firstName, String lastName, String role) {
        Map<String, Object> attempt = Map.of("email", email, "role", role);
        if (!MANAGEABLE_ROLES.contains(role)) {
            refused("user.invite-refused", email, attempt, List.of());
            throw roleNotManageable(role, "role");
        }
        KeycloakAdmin.Invitation invitation;
        try {
            // Someone of this union who never chose a password gets the e-mail again (the first may have failed).
            invitation = keycloak.invite(organization(), new KeycloakAdmin.NewUser(email, firstName, lastName), role, true);
        } catch (KeycloakAdmin.OutsideOrganizationException e) {
            refused("user.invite-refused", email, attempt, e.organizations(), e.userId());
            throw RefusedException.invalid("email", INVITE_REFUSED);
        }
        audit.record(invitation.invited() ? "user.invited" : "user.already-member", "user", invitation.userId(), null,
                JSON.writeValueAsString(attempt));
        return new Invitation(email, invitation.invited());
    }

    public KeycloakAdmin.Member changeRoles(String userId, Set<String> roles) {
        Map<String, Object> attempt = Map.of("roles", new TreeSet<>(roles));
        for (String role : roles) {
            if (!MANAGEABLE_ROLES.contains(role)) {
                refusedChange(userId, attempt);
                throw roleNotManageable(role, "roles");
            }
        }
        KeycloakAdmin.Member before = memberOrRefused(userId, attempt);
        try {
            keycloak.setRealmRoles(organization(), userId, roles, MANAGEABLE_ROLES);
            keycloak.signOut(userId); // revocation: tokens carrying the old roles die now, not when they expire
        } catch (KeycloakAdmin.OutsideOrganizationException e) {
            refused("user.change-refused", userId, attempt, e.organizations());
            throw unknownUser(userId);
        }
        KeycloakAdmin.Member after = member(userId);
        audit.record("user.roles-changed", "user", userId, rolesJson(before), rolesJson(after));
        return after;
    }

    public KeycloakAdmin.Member setEnabled(String userId, boolean enabled) {
        Map<String, Object> attempt = Map.of("enabled", enabled);
        KeycloakAdmin.Member before = memberOrRefused(userId, attempt);
        try {
            keycloak.setEnabled(organization(), userId, enabled);
            if (!enabled) {
                keycloak.signOut(userId); // revocation: the disabled user's sessions end at once
            }
        } catch (KeycloakAdmin.OutsideOrganizationException e) {
            refused("user.change-refused", userId, attempt, e.organizations());
            throw unknownUser(userId);
        }
        audit.record(enabled ? "user.enabled" : "user.disabled", "user", userId,
                JSON.writeValueAsString(Map.of("enabled", before.enabled())), JSON.writeValueAsString(attempt));
        return member(userId);
    }

    private KeycloakAdmin.Member memberOrRefused(String userId, Map<String, Object> attempt) {
        try {
            return member(userId);
        } catch (RefusedException e) {
            if (e.isNotFound()) {
                refusedChange(userId, attempt);
            }
            throw e;
        }
    }

    /** The user is not a member of the current tenant (or does not exist: the two look the same). */
    private static RefusedException unknownUser(String userId) {
        return RefusedException.notFound("user", userId).logged("No user " + userId + " in this tenant");
    }

    private static RefusedException roleNotManageable(String role, String field) {
        return RefusedException.badRequest(field, ROLE_NOT_MANAGEABLE, role).logged("The role " + role + " cannot be given here");
    }

    /**
     * A change aimed at an account outside the union is recorded under the account's id; one aimed at an id that is
     * no account at all (another union's record, say) under {@code none}, so the log keeps no stranger's identifier.
     */
    private void refusedChange(String userId, Map<String, Object> attempt) {
        boolean account;
        try {
            account = keycloak.accountExists(userId);
        } catch (KeycloakAdmin.KeycloakUnavailableException e) {
            account = false;
        }
        refused("user.change-refused", account ? userId : "none", attempt, account ? safeOrganizationsOf(userId) : List.of());
    }

    private List<KeycloakAdmin.Organization> safeOrganizationsOf(String userId) {
        try {
            return keycloak.organizationsOf(userId);
        } catch (KeycloakAdmin.KeycloakUnavailableException e) {
            return List.of();
        }
    }

    private void refused(String action, String aimedAt, Map<String, Object> attempt, List<KeycloakAdmin.Organization> owners) {
        refused(action, aimedAt, attempt, owners, aimedAt);
    }

    /**
     * Records who tried what on whom, here and in each other union the account belongs to (under the account's id
     * there; here under what the caller named, so the caller's log learns nothing new about the account).
     */
    private void refused(String action, String aimedAt, Map<String, Object> attempt,
                         List<KeycloakAdmin.Organization> owners, String accountId) {
        Tenant here = AccessScope.currentTenant();
        String after = JSON.writeValueAsString(attempt);
        apart.executeWithoutResult(status -> audit.record(action, "user", aimedAt, null, after));
        for (KeycloakAdmin.Organization owner : owners) {
            tenants.findByCode(owner.alias()).filter(tenant -> !tenant.id().equals(here.id())).ifPresent(tenant -> {
                var there = new LinkedHashMap<String, Object>(attempt);
                there.put("by", here.code());
                ScopedValue.where(AccessScope.CURRENT, new AccessScope.TenantAccess(tenant)).run(() ->
                        apart.executeWithoutResult(status -> audit.record(action, "user", accountId, null,
                                JSON.writeValueAsString(there))));
            });
        }
    }

    private KeycloakAdmin.Member member(String userId) {
        return list().stream().filter(m -> m.id().equals(userId)).findFirst()
                .orElseThrow(() -> unknownUser(userId));
    }

    private String organization() {
        Tenant tenant = AccessScope.currentTenant();
        return keycloak.findOrganization(tenant.code())
                .orElseThrow(() -> new IllegalStateException("The tenant " + tenant.code() + " has no Keycloak organization"));
    }

    private static Set<String> tenantRoles(Set<String> realmRoles) {
        var roles = new TreeSet<>(realmRoles);
        roles.retainAll(MANAGEABLE_ROLES);
        return roles;
    }

    private static String rolesJson(KeycloakAdmin.Member member) {
        return JSON.writeValueAsString(Map.of("roles", tenantRoles(member.realmRoles())));
    }
}
