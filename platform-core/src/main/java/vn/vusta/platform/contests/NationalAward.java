package vn.vusta.platform.contests;

/** The national awards a union forwards works to. */
public enum NationalAward {
    /** Giải thưởng Sáng tạo Khoa học và Công nghệ Việt Nam. */
    VIFOTEC,
    /** Sách vàng Sáng tạo Việt Nam. */
    GOLDEN_BOOK
}
