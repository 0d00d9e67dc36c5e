package vn.vusta.platform.contests;

/** What a contest is. */
public enum ContestKind {
    /** Hội thi Sáng tạo kỹ thuật tỉnh/thành phố. */
    TECHNICAL_INNOVATION,
    /** Cuộc thi Sáng tạo thanh thiếu niên nhi đồng, run with the Youth Union (Tỉnh đoàn, Thành đoàn). */
    YOUTH_INNOVATION,
    /** The province's round of a national award (VIFOTEC, Sách vàng Sáng tạo Việt Nam) that the union runs. */
    NATIONAL_AWARD,
    OTHER
}
