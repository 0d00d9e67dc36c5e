/**
 * Vietnam's time zone and "today", whatever the server's: what this year, an overdue task or a running term mean.
 */
@ApplicationModule(displayName = "Vietnam's calendar")
package vn.vusta.platform.calendar;

import org.springframework.modulith.ApplicationModule;
