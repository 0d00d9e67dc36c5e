package vn.vusta.platform.audit;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A filter over the audit log; null means any. Dates are whole days in Vietnam's time zone.
 *
 * @param tenantId     only across tenants (the national read scope); a tenant's own scope sees its own part anyway
 * @param actionPrefix an action code, or the start of codes ({@code unit.} for every action on units)
 * @param actor        the login name of who acted
 * @param objectType   the kind of record ({@code member}, {@code unit}, …)
 * @param offset       how many matching entries, newest first, to pass over (a page's start)
 */
public record AuditQuery(UUID tenantId, String actionPrefix, String actor, String objectType, LocalDate from,
                         LocalDate to, int offset, int limit) {

    public static final int MAX_LIMIT = 500;

    public AuditQuery {
        limit = limit <= 0 ? 100 : Math.min(limit, MAX_LIMIT);
        offset = Math.max(0, offset);
    }

    public AuditQuery(UUID tenantId, String actionPrefix, String actor, LocalDate from, LocalDate to, int limit) {
        this(tenantId, actionPrefix, actor, null, from, to, 0, limit);
    }

    /** The same filter for one kind of record (null: any). */
    public AuditQuery withObjectType(String type) {
        return new AuditQuery(tenantId, actionPrefix, actor, type, from, to, offset, limit);
    }

    /** The same filter, one page of it: page 0 is the newest. */
    public AuditQuery page(int page, int size) {
        return new AuditQuery(tenantId, actionPrefix, actor, objectType, from, to, Math.max(0, page) * size, size);
    }
}
