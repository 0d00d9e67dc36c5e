package vn.vusta.platform.dataquality;

/** The kinds of data-quality rule (V36 describes each). */
public enum RuleKind {
    COMPARISON, YEAR_ON_YEAR, RANGE, OUTLIER
}
