/** A kit that, like the real web kit, may use no capability. */
@ApplicationModule(displayName = "Fixture kit", allowedDependencies = {})
package vn.vusta.platform.modularityfixture.web;

import org.springframework.modulith.ApplicationModule;
