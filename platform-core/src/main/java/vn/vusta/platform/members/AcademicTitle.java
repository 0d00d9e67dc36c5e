package vn.vusta.platform.members;

/** Academic titles (chức danh): Giáo sư, Phó Giáo sư. */
public enum AcademicTitle {
    GS, PGS
}
