package vn.vusta.platform.commendations;

/** What a decision of commendation confers. */
public enum CommendationKind {
    /** Giấy khen: certificate of merit. */
    CERTIFICATE,
    /** Bằng khen: diploma of merit. */
    DIPLOMA
}
