/**
 * The REST API's shared kit: RFC 9457 problem+json for the generic cases and every RefusedException, the OpenAPI
 * description. It knows no capability; a capability's REST controllers live in its own {@code <capability>.web} package.
 */
@ApplicationModule(displayName = "API kit", allowedDependencies = {"refusal", "text"})
package vn.vusta.platform.api;

import org.springframework.modulith.ApplicationModule;
