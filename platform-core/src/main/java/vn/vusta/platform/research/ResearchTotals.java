package vn.vusta.platform.research;

import java.util.Map;

/**
 * The figures a report quotes of the projects a query finds: how many, by level, by status, by kind, and how many
 * were accepted within the query's period.
 */
public record ResearchTotals(int projects, Map<ResearchLevel, Integer> byLevel, Map<ResearchStatus, Integer> byStatus,
                             Map<ResearchKind, Integer> byKind, int acceptedInPeriod) {
}
