/**
 * A union's own accounts (Keycloak users of its group): invite, roles, lock — never reaching another union's
 * accounts.
 */
@ApplicationModule(displayName = "Union accounts")
package vn.vusta.platform.users;

import org.springframework.modulith.ApplicationModule;
