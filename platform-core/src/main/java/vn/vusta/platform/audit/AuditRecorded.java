package vn.vusta.platform.audit;

import java.util.UUID;

/**
 * A write of a tenant's data was recorded in the audit log. Published inside the write's transaction, so a listener
 * can act after its commit (and never for a write that rolled back).
 */
public record AuditRecorded(UUID tenantId, String action, String objectType) {
}
