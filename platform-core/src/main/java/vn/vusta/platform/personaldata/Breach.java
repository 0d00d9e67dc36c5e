package vn.vusta.platform.personaldata;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A breach in the union's register (sổ theo dõi vi phạm quy định bảo vệ dữ liệu cá nhân), with its notification
 * deadline and whether it is past.
 *
 * @param dataCategories         the kinds of personal data concerned, as written ("Họ tên, số điện thoại")
 * @param personsAffected        about how many persons
 * @param authorityNotifiedAt    when the specialised authority was told, or null
 * @param personsNotifiedAt      when the persons concerned were told (where the breach called for it), or null
 * @param notificationNote       how and to whom it was notified, or null
 * @param notificationDeadline   detection + 72 hours ({@link BreachDeadline})
 * @param overdue                not notified to the authority and the deadline passed
 * @param recordedBy             the administrator who recorded it (username)
 */
public record Breach(UUID id, OffsetDateTime detectedAt, String description, String dataCategories, int personsAffected,
                     String consequences, String measures, OffsetDateTime authorityNotifiedAt,
                     OffsetDateTime personsNotifiedAt, String notificationNote, String notificationRecordedBy,
                     String recordedBy, OffsetDateTime recordedAt, OffsetDateTime notificationDeadline, boolean overdue) {

    public boolean notified() {
        return authorityNotifiedAt != null;
    }
}
