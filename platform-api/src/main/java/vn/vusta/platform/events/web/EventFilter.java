package vn.vusta.platform.events.web;

import vn.vusta.platform.events.EventKind;
import vn.vusta.platform.events.EventMode;
import vn.vusta.platform.events.EventQuery;

import java.time.LocalDate;
import java.util.UUID;

/** The filters of the events list as the page's form sends them. */
record EventFilter(Integer year, LocalDate from, LocalDate to, EventKind kind, UUID unitId,
                   EventMode mode, String text) {

    EventQuery query() {
        return new EventQuery(year, from, to, kind, unitId, mode, text);
    }
}
