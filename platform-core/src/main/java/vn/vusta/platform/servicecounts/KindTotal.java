package vn.vusta.platform.servicecounts;

/**
 * The total of a kind over a period: the sum of the counts whose period lies within it ("2.030 vụ việc"), how many
 * counts and units (the union's office being one) it adds up, and how many counts straddle the period's bounds and
 * are left out rather than split.
 */
public record KindTotal(ServiceCountKind kind, long total, int counts, int units, int straddling) {
}
