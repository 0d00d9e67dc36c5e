package vn.vusta.platform.personaldata;

import java.time.Duration;
import java.time.Period;

/**
 * One kind of record's retention in the current union.
 *
 * @param period   how long, in days, months or years, or null when counted in hours ({@code hours}) or unlimited
 * @param hours    how long, in hours, for the short-lived kinds (sessions, pending uploads), else null
 * @param dueNow   how many of the union's records have outlived the period now, or null when not counted here
 * @param automatic whether this capability's daily job acts on it (the others have their own job or none)
 */
public record RetentionRule(RetentionKind kind, Period period, Long hours, Long dueNow, boolean automatic) {

    static RetentionRule ofHours(RetentionKind kind, Duration time, Long dueNow) {
        return new RetentionRule(kind, null, time.toHours(), dueNow, false);
    }

    public boolean unlimited() {
        return period == null && hours == null;
    }
}
