/**
 * What users see when PostgreSQL, Redis or Keycloak is away: a fast, clear refusal instead of a hang, and the cache
 * as a shortcut, not a dependency.
 */
@ApplicationModule(displayName = "Outages")
package vn.vusta.platform.outages;

import org.springframework.modulith.ApplicationModule;
