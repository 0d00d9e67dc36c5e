package vn.vusta.platform.spreadsheets;

/** What an import does with a row that matches a record already there. */
public enum DuplicateChoice {
    /** Leave the record as it is (bỏ qua). */
    SKIP,
    /** Write the row's filled cells over the record (cập nhật); a row that changes nothing writes nothing. */
    UPDATE
}
