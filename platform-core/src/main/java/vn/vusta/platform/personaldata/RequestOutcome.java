package vn.vusta.platform.personaldata;

/** How a request was answered. */
public enum RequestOutcome {
    /** Đã thực hiện. */
    DONE,
    /** Từ chối, with the reason told to the person (Art. 13.3, 14.2 and 14.5 ask for the reason). */
    REFUSED
}
