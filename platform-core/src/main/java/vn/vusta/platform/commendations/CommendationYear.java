package vn.vusta.platform.commendations;

import java.util.List;

/** The decisions of a year, newest first, each with its recipients, and the year's totals. */
public record CommendationYear(CommendationTotals totals, List<Commendation> decisions) {
}
