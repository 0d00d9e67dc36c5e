/**
 * Contests a union runs (e.g. the technical creativity contest): editions, rounds, entries, judges, prizes and
 * nominations to the national level.
 */
@ApplicationModule(displayName = "Contests (hội thi)")
package vn.vusta.platform.contests;

import org.springframework.modulith.ApplicationModule;
