package vn.vusta.platform.governance;

/** The bodies a union elects for a term, in the order pages list them. */
public enum BodyKind {
    /** Ban Chấp hành, elected by the congress. */
    EXECUTIVE_COMMITTEE,
    /** Ban Thường vụ, elected by the Ban Chấp hành from its members. */
    STANDING_COMMITTEE,
    /** Thường trực: the President, the Vice-Presidents and the Secretary-General. */
    PERMANENT_OFFICE
}
