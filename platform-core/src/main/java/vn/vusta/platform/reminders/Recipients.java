package vn.vusta.platform.reminders;

import org.springframework.stereotype.Component;
import vn.vusta.platform.identity.KeycloakAdmin;
import vn.vusta.platform.identity.Roles;
import vn.vusta.platform.tenancy.Tenant;

import java.util.List;

/** Whom a mail goes to, as Keycloak knows them: enabled users with an e-mail address. */
@Component
class Recipients {

    private final KeycloakAdmin keycloak;

    Recipients(KeycloakAdmin keycloak) {
        this.keycloak = keycloak;
    }

    /** The union's administrators (tenant-admin in its organization): not its editors or viewers. */
    List<String> tenantAdmins(Tenant tenant) {
        return keycloak.findOrganization(tenant.code())
                .map(organization -> addresses(keycloak.membersWithRoles(organization).stream()
                        .filter(member -> member.realmRoles().contains(Roles.TENANT_ADMIN)).toList()))
                .orElse(List.of());
    }

    /** The national union's reviewers (realm role national-reviewer). */
    List<String> nationalReviewers() {
        return addresses(keycloak.usersWithRealmRole(Roles.NATIONAL_REVIEWER));
    }

    private static List<String> addresses(List<KeycloakAdmin.Member> users) {
        return users.stream().filter(KeycloakAdmin.Member::enabled).map(KeycloakAdmin.Member::email)
                .filter(email -> email != null && email.contains("@")).distinct().toList();
    }
}
