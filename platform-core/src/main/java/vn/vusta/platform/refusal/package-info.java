/**
 * The one refusal type (RefusedException) every capability throws for a request it will not carry out, and the
 * refusals that database constraints stand for.
 */
@ApplicationModule(displayName = "Refusals")
package vn.vusta.platform.refusal;

import org.springframework.modulith.ApplicationModule;
