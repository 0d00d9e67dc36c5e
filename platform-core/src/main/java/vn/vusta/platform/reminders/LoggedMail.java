package vn.vusta.platform.reminders;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One mail of the reporting cycle as the national union's log shows it: to whom, about what, and what became of it.
 *
 * @param kind        DEADLINE (thư nhắc hạn), RETURNED (báo cáo trả lại), ARRIVED (báo cáo gửi đến)
 * @param lastFailure the mail server's answer to the last attempt, when it failed
 */
public record LoggedMail(UUID tenantId, UUID id, String tenantName, String kind, String recipient, String subject,
                         OffsetDateTime queuedAt, OffsetDateTime sentAt, int attempts, OffsetDateTime lastAttemptAt,
                         String lastFailure) {

    public MailState state() {
        return sentAt != null ? MailState.SENT : attempts == 0 ? MailState.WAITING : MailState.FAILED;
    }
}
