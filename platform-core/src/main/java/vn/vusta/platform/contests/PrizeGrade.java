package vn.vusta.platform.contests;

/** The prizes of an edition, highest first. */
public enum PrizeGrade {
    /** Giải Nhất. */
    FIRST,
    /** Giải Nhì. */
    SECOND,
    /** Giải Ba. */
    THIRD,
    /** Giải Khuyến khích. */
    CONSOLATION
}
