package vn.vusta.platform.publications;

/** What a union publishes. */
public enum PublicationKind {
    /** Đặc san khoa học. */
    SCIENTIFIC_SPECIAL_ISSUE,
    /** Bản tin. */
    NEWSLETTER,
    /** Sách. */
    BOOK,
    OTHER
}
