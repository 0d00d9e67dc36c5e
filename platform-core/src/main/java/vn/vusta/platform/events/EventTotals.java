package vn.vusta.platform.events;

/**
 * What a report quotes of a list of events: how many ("04 hội nghị") and how many took part ("gần 400 lượt đại
 * biểu"), the sum of the counts recorded; {@code uncounted} events have no count and add nothing to it.
 */
public record EventTotals(int events, long participants, int uncounted) {
}
