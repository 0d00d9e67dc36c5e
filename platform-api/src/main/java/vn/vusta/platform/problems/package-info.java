/**
 * RFC 9457 problem details written straight to the servlet response, where Spring MVC's handling does not reach:
 * the filters before it (uploads, unreadable parameters, outages) and the security chain. It knows no capability.
 */
@ApplicationModule(displayName = "Problems outside Spring MVC", allowedDependencies = {})
package vn.vusta.platform.problems;

import org.springframework.modulith.ApplicationModule;
