/**
 * The national union's (VUSTA's) review of the unions' reports: accepting and returning them, the national table by
 * cluster of provinces, the aggregate.
 */
@ApplicationModule(displayName = "National review")
package vn.vusta.platform.nationalreview;

import org.springframework.modulith.ApplicationModule;
