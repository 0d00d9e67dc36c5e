package vn.vusta.platform.governance;

/** A seat's position in a body, highest first: lists of seats follow this order. */
public enum Position {
    /** Chủ tịch. */
    CHAIR,
    /** Phó Chủ tịch kiêm Tổng Thư ký. */
    VICE_CHAIR_SECRETARY_GENERAL,
    /** Phó Chủ tịch. */
    VICE_CHAIR,
    /** Tổng Thư ký. */
    SECRETARY_GENERAL,
    /** Ủy viên. */
    MEMBER;

    /** A position of the union's leadership, as opposed to an ordinary seat. */
    public boolean leading() {
        return this != MEMBER;
    }
}
