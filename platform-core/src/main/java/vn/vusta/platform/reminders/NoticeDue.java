package vn.vusta.platform.reminders;

import vn.vusta.platform.reports.ReportStatus;

import java.util.UUID;

/**
 * A report's workflow step whose mails are due after its commit. Kept in the event publication registry until its
 * mails are queued: identifiers only, the reviewer's comment is read from the step's row.
 */
record NoticeDue(UUID tenantId, UUID reportId, UUID periodId, ReportStatus to) {
}
