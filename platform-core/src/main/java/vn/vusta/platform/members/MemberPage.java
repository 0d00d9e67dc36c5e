package vn.vusta.platform.members;

import java.util.List;

/**
 * One page of a members list. {@code total} is exact up to {@link Members#COUNT_LIMIT} (5.000 for a name alone,
 * which only its first letters make that broad); beyond it {@code totalIsLowerBound} says "more than".
 */
public record MemberPage(List<MemberSummary> items, int page, int size, int total, boolean totalIsLowerBound) {

    public boolean hasNext() {
        return (long) (page + 1) * size < total || (totalIsLowerBound && (long) (page + 1) * size >= total);
    }

    /** How many pages the list has; at least that many when the total is a lower bound. */
    public int pageCount() {
        return Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
