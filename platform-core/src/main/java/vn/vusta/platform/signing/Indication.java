package vn.vusta.platform.signing;

/** What the verification of one signature concluded. */
public enum Indication {
    /** Intact, its certificate chains to the trust list and was valid when it signed. */
    VALID,
    /** Altered after signing, or its certificate was revoked or expired when it signed. */
    INVALID,
    /** Could not be decided: the chain does not reach the trust list, or revocation data was missing. */
    INDETERMINATE
}
