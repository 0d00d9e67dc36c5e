/**
 * What lets N instances run side by side: side effects after commit with an outbox retried by one instance, and
 * scheduler locks.
 */
@ApplicationModule(displayName = "Many instances")
package vn.vusta.platform.instances;

import org.springframework.modulith.ApplicationModule;
