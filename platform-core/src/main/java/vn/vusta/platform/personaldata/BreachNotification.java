package vn.vusta.platform.personaldata;

import java.time.OffsetDateTime;

/**
 * The notification of a breach: when the specialised authority was told, when the persons concerned were (or null,
 * where the breach did not call for it), and how.
 */
public record BreachNotification(OffsetDateTime authorityNotifiedAt, OffsetDateTime personsNotifiedAt, String note) {
}
