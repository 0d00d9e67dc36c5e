package vn.vusta.platform.spreadsheets;

/** How a row was found to be a record already in the registry, strongest first. */
public enum MatchKind {
    /** The member's code (Mã hội viên) an export wrote. */
    CODE,
    EMAIL,
    PHONE,
    /** The same name (ignoring diacritics and case) and year of birth. */
    NAME_AND_BIRTH_YEAR,
    /** A unit of the same name (ignoring diacritics and case). */
    NAME
}
