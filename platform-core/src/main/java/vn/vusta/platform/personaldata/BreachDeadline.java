package vn.vusta.platform.personaldata;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * When the authority must have been told of a breach: the Personal Data Protection Law (Law 91/2025/QH15) gives the
 * controller 72 hours from detecting it. Counted from the moment of detection recorded in the register, never stored,
 * so every open breach follows the rule as written here.
 */
public final class BreachDeadline {

    /** The time the law allows between detecting a breach and notifying the specialised authority. */
    public static final Duration NOTIFY_WITHIN = Duration.ofHours(72);

    private BreachDeadline() {
    }

    /** The last moment to notify a breach detected at that moment. */
    public static OffsetDateTime of(OffsetDateTime detectedAt) {
        return detectedAt.plus(NOTIFY_WITHIN);
    }

    /** Not notified and past its deadline at that moment. */
    public static boolean overdue(OffsetDateTime detectedAt, OffsetDateTime authorityNotifiedAt, OffsetDateTime now) {
        return authorityNotifiedAt == null && now.isAfter(of(detectedAt));
    }
}
