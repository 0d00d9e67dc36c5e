package vn.vusta.platform.audit;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One entry of the audit log.
 *
 * @param action what happened, {@code <object type>.<verb>}: {@code unit.created}
 * @param before the object before, as JSON; null for a creation
 * @param after  the object after, as JSON; null for a deletion
 */
public record AuditEvent(UUID tenantId, UUID id, OffsetDateTime occurredAt, String actor, String action,
                         String objectType, String objectId, String before, String after) {
}
