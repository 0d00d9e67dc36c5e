package vn.vusta.platform.contests;

/** What came of a nomination to a national award. */
public enum NominationResult {
    /** Forwarded, no result yet. */
    PENDING,
    /** Awarded (a prize of VIFOTEC, an entry in the Golden Book). */
    AWARDED,
    NOT_AWARDED
}
