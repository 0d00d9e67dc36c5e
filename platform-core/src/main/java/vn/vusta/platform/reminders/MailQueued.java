package vn.vusta.platform.reminders;

import java.util.UUID;

/**
 * A mail was queued (a row of reminder_mail) and is to be sent after the commit. Kept in the event publication
 * registry until sent: identifiers only; the address and the text stay in the tenant's row.
 */
record MailQueued(UUID tenantId, UUID mailId) {
}
