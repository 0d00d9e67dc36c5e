package vn.vusta.platform.audit;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A filter over the audit log; null means any. Dates are whole days in Vietnam's time zone.
 *
 * @param tenantId only across tenants (the national read scope); a tenant's own scope sees its own part anyway
 */
public record AuditQuery(UUID tenantId, String actionPrefix, String actor, LocalDate from, LocalDate to, int limit) {

    public static final int MAX_LIMIT = 500;

    public AuditQuery {
        limit = limit <= 0 ? 100 : Math.min(limit, MAX_LIMIT);
    }
}
