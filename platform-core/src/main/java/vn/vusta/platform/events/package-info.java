/**
 * A union's conferences, seminars, trainings and other events: kind, dates, place, organisers and co-organisers,
 * participants, files, and the month's calendar.
 */
@ApplicationModule(displayName = "Events (sự kiện)")
package vn.vusta.platform.events;

import org.springframework.modulith.ApplicationModule;
