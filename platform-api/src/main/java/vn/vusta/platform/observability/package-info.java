/**
 * Request ids on every log line and response, the log context (tenant, user, trace).
 */
@ApplicationModule(displayName = "Observability")
package vn.vusta.platform.observability;

import org.springframework.modulith.ApplicationModule;
