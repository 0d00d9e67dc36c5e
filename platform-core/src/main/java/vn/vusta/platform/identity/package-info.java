/**
 * Who acts: the roles of the platform, the realm's claims, the actor of a request, and the Keycloak admin client
 * through which unions' accounts are made and changed.
 */
@ApplicationModule(displayName = "Identity (Keycloak)")
package vn.vusta.platform.identity;

import org.springframework.modulith.ApplicationModule;
