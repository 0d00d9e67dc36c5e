package vn.vusta.platform.lifecycle;

import vn.vusta.platform.identity.KeycloakAdmin;
import vn.vusta.platform.identity.Roles;

import java.util.Set;
import java.util.TreeSet;

/**
 * A user of a former union whom a merge moves into the target's organization, with their tenant roles before and
 * after. A merge does not decide that the former province's administrator administers the target: unless the
 * operator keeps a user's roles, they are reduced to reading ({@code tenant-viewer}); a user with no tenant role
 * gains none.
 */
public record MovingUser(String id, String username, String email, String name, Set<String> rolesBefore,
                         Set<String> rolesAfter, boolean rolesKept) {

    /** The roles a merge may take away or give: those that mean something inside a union. */
    static final Set<String> TENANT_ROLES = Set.of(Roles.TENANT_ADMIN, Roles.TENANT_EDITOR, Roles.TENANT_VIEWER,
            Roles.TENANT_APPROVER);

    static MovingUser of(KeycloakAdmin.Member member, boolean keep) {
        Set<String> before = tenantRoles(member.realmRoles());
        return new MovingUser(member.id(), member.username(), member.email(), name(member.lastName(), member.firstName()),
                before, after(before, keep), keep);
    }

    static MovingUser of(KeycloakAdmin.MovedMember moved, boolean keep) {
        return new MovingUser(moved.id(), moved.username(), moved.email(), name(moved.lastName(), moved.firstName()),
                tenantRoles(moved.rolesBefore()), tenantRoles(moved.rolesAfter()), keep);
    }

    /** Whether the operator chose to keep this user's roles: named by their id or their username. */
    static boolean kept(Set<String> keepRolesOf, String id, String username) {
        return keepRolesOf.contains(id) || keepRolesOf.contains(username);
    }

    /** The tenant roles a user holds after the move. */
    static Set<String> after(Set<String> before, boolean keep) {
        Set<String> held = tenantRoles(before);
        if (keep || held.isEmpty()) {
            return held;
        }
        return new TreeSet<>(Set.of(Roles.TENANT_VIEWER));
    }

    private static Set<String> tenantRoles(Set<String> roles) {
        var tenant = new TreeSet<>(roles);
        tenant.retainAll(TENANT_ROLES);
        return tenant;
    }

    /** Vietnamese order: family name first. */
    private static String name(String lastName, String firstName) {
        return (nonNull(lastName) + " " + nonNull(firstName)).strip();
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
