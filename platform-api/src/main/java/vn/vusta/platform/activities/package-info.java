/**
 * What a union does all year, by kind, on one page: the year's figure of events, consultancy, contests,
 * commendations, publications, research and counted services, and the way into each list. Only a web side: it reads
 * the activity capabilities' own services.
 */
@ApplicationModule(displayName = "Activities (hoạt động)")
package vn.vusta.platform.activities;

import org.springframework.modulith.ApplicationModule;
