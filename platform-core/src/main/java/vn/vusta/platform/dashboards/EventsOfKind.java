package vn.vusta.platform.dashboards;

import vn.vusta.platform.events.EventKind;

import java.util.List;

/** The events of one kind that began in each month of the year (January first; twelve figures). */
public record EventsOfKind(EventKind kind, List<Integer> byMonth, int total) {
}
