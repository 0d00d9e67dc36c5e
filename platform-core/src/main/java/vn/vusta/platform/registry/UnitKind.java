package vn.vusta.platform.registry;

public enum UnitKind {
    /** Hội thành viên. */
    MEMBER_ASSOCIATION,
    /** Trung tâm trực thuộc. */
    AFFILIATED_CENTRE,
    /** Đơn vị liên kết. */
    LINKED_UNIT,
    /** Hội viên tập thể: an organisation that is a member. */
    COLLECTIVE_MEMBER
}
