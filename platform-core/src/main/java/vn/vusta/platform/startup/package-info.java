/**
 * What a start checks before serving: the production settings and the services it needs.
 */
@ApplicationModule(displayName = "Startup checks")
package vn.vusta.platform.startup;

import org.springframework.modulith.ApplicationModule;
