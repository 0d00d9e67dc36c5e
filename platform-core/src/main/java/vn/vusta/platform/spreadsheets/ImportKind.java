package vn.vusta.platform.spreadsheets;

/** What a spreadsheet imports: the union's units, or its individual members. */
public enum ImportKind {
    /** Đơn vị: member associations, centres, linked units, collective members. */
    UNITS,
    /** Hội viên cá nhân. */
    MEMBERS
}
