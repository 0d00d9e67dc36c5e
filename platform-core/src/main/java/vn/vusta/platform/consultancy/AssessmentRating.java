package vn.vusta.platform.consultancy;

/** How the assigning authority rated the result when it accepted it (xếp loại). */
public enum AssessmentRating {
    /** Xuất sắc. */
    EXCELLENT,
    /** Tốt. */
    GOOD,
    /** Đạt. */
    SATISFACTORY
}
