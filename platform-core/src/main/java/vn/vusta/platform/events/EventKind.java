package vn.vusta.platform.events;

/** What kind of event it was, as the unions' reports group them. */
public enum EventKind {
    /** Hội nghị. */
    CONFERENCE,
    /** Hội thảo khoa học. */
    SCIENTIFIC_WORKSHOP,
    /** Tọa đàm. */
    ROUND_TABLE,
    /** Hội nghị thông tin chuyên đề. */
    THEMATIC_BRIEFING,
    /** Lớp tập huấn, hội nghị tuyên truyền phổ biến kiến thức. */
    TRAINING,
    /** Lễ phát động (a contest, a movement). */
    LAUNCH_CEREMONY,
    /** Lễ ký giao ước thi đua. */
    EMULATION_PLEDGE_SIGNING,
    /** Hội nghị Ban Chấp hành. */
    EXECUTIVE_COMMITTEE_MEETING,
    /** Hội nghị Ban Thường vụ. */
    STANDING_COMMITTEE_MEETING
}
