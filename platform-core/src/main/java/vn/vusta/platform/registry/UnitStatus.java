package vn.vusta.platform.registry;

public enum UnitStatus {
    /** Đang hoạt động. */
    ACTIVE,
    /** Đã giải thể: with the date. */
    DISSOLVED
}
