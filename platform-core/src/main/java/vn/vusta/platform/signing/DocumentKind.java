package vn.vusta.platform.signing;

/** Why a PDF of a report was kept in the archive. */
public enum DocumentKind {
    /** The report as the chairman approved it in the platform, signed by him (ký duyệt). */
    APPROVED,
    /** The report as it was sent to the national union, with the union's signature as an organisation over it. */
    SENT,
    /** A copy signed outside the platform (a token on the chairman's computer, a signed scan), uploaded by the union. */
    UPLOADED
}
