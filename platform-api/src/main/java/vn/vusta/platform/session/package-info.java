/**
 * Browser sessions in Redis, so any instance serves any user.
 */
@ApplicationModule(displayName = "Sessions")
package vn.vusta.platform.session;

import org.springframework.modulith.ApplicationModule;
