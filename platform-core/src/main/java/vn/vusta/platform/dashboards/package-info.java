/**
 * A union's dashboard for a year and the national dashboard across unions, computed from the records and cached per
 * generation.
 */
@ApplicationModule(displayName = "Dashboards (tổng quan)")
package vn.vusta.platform.dashboards;

import org.springframework.modulith.ApplicationModule;
