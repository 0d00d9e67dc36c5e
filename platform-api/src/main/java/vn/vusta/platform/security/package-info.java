/**
 * Authentication (Keycloak login for pages, bearer tokens for the API), the security rules of every route (central in
 * SecurityConfiguration), the access scope of a request, security headers.
 */
@ApplicationModule(displayName = "Security")
package vn.vusta.platform.security;

import org.springframework.modulith.ApplicationModule;
