package vn.vusta.platform.reports;

import java.util.UUID;

/**
 * A report moved one step of its workflow. Published inside the step's transaction; listeners that tell people
 * (reminders) or refresh figures (dashboards) listen after commit, so a step that fails tells no one.
 *
 * @param comment the reviewer's comment when returned or reopened, else null
 */
public record ReportTransitioned(UUID tenantId, UUID reportId, UUID periodId, ReportStatus from, ReportStatus to,
                                 String actor, String comment) {
}
