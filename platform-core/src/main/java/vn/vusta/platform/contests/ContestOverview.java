package vn.vusta.platform.contests;

import java.util.List;

/** The contests a list shows (of a year, of a kind) and their editions' totals. */
public record ContestOverview(List<Contest> contests, int editions, int entries, int prizes, int nominations) {
}
