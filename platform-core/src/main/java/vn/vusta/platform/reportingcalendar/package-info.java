/**
 * The national union's reporting periods (year, half-year, quarters), their deadlines and the indicator set of each
 * year.
 */
@ApplicationModule(displayName = "Reporting calendar (kỳ báo cáo)")
package vn.vusta.platform.reportingcalendar;

import org.springframework.modulith.ApplicationModule;
