package vn.vusta.platform.research;

/** The acceptance council's rating (xếp loại nghiệm thu). */
public enum AcceptanceRating {
    /** Xuất sắc. */
    EXCELLENT,
    /** Khá. */
    GOOD,
    /** Đạt. */
    PASSED,
    /** Không đạt. */
    FAILED
}
