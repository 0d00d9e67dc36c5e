package vn.vusta.platform.research;

/** The level that approves and funds a research project. */
public enum ResearchLevel {
    /** Cấp quốc gia. */
    NATIONAL,
    /** Cấp bộ, ngành. */
    MINISTERIAL,
    /** Cấp tỉnh. */
    PROVINCIAL,
    /** Cấp cơ sở. */
    INSTITUTIONAL
}
