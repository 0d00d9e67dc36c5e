/**
 * Whether Keycloak still stands behind an access token, asked by introspection, so a locked account or a suspended
 * union stops at once.
 */
@ApplicationModule(displayName = "Token revocation")
package vn.vusta.platform.revocation;

import org.springframework.modulith.ApplicationModule;
