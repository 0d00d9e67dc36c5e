package vn.vusta.platform.personaldata;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import vn.vusta.platform.calendar.VietnamTime;

/**
 * When the authority must have been told of a breach: the Personal Data Protection Law (Law 91/2025/QH15), Art. 23.1,
 * gives the controller at most 72 hours from detecting it ("chậm nhất là 72 giờ kể từ khi phát hiện"). Counted from the moment of detection recorded in the register, never stored,
 * so every open breach follows the rule as written here.
 */
public final class BreachDeadline {

    /** The time the law allows between detecting a breach and notifying the specialised authority. */
    public static final Duration NOTIFY_WITHIN = Duration.ofHours(72);

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private BreachDeadline() {
    }

    /** "09/02/2026 14:30", Vietnam time: how the register writes a moment ("Hạn thông báo: 13/02/2026 09:00"). */
    public static String shown(OffsetDateTime moment) {
        return moment == null ? "" : moment.atZoneSameInstant(VietnamTime.ZONE).format(SHOWN);
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
