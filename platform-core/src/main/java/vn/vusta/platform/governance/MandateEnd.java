package vn.vusta.platform.governance;

/** Why a member stopped holding a seat. */
public enum MandateEnd {
    /** Xin thôi. */
    RESIGNED,
    /** Nghỉ hưu. */
    RETIRED,
    /** Chuyển công tác. */
    TRANSFERRED,
    /** Chuyển chức danh: the member holds another position of the same body from that day. */
    POSITION_CHANGED,
    /** Miễn nhiệm. */
    DISMISSED,
    /** Từ trần. */
    DECEASED,
    /** Hết nhiệm kỳ: the next congress opened the next term. */
    TERM_ENDED
}
