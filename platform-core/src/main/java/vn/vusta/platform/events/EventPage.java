package vn.vusta.platform.events;

import java.util.List;

/** One page of the events a query finds, newest first, and the totals of all it finds. */
public record EventPage(List<EventSummary> items, EventTotals totals, int page, int size) {

    public boolean hasNext() {
        return (long) (page + 1) * size < totals.events();
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
