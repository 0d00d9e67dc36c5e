package vn.vusta.platform.consultancy;

/** What the union is asked to do. */
public enum TaskKind {
    /** Tư vấn. */
    CONSULTANCY,
    /** Phản biện xã hội. */
    CRITIQUE,
    /** Giám định xã hội. */
    SOCIAL_ASSESSMENT
}
