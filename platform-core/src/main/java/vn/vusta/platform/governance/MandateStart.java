package vn.vusta.platform.governance;

/** How a member came to hold a seat. */
public enum MandateStart {
    /** Được bầu tại Đại hội (or by the new Ban Chấp hành's first meeting, for the bodies it elects). */
    ELECTED_AT_CONGRESS,
    /** Bầu bổ sung between congresses. */
    SUPPLEMENTARY_ELECTION,
    /** Chỉ định, by the authority above the union. */
    APPOINTED
}
