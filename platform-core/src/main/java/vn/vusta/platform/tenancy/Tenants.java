package vn.vusta.platform.tenancy;

import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.platform.db.jooq.tables.records.TenantRecord;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static vn.vusta.platform.db.jooq.Tables.TENANT;

/** The directory of tenants. The tenant table is the platform's, not a tenant's: it has no row-level security. */
@Service
public class Tenants {

    private final DSLContext db;
    private final RenderedOnce byCode;

    Tenants(DSLContext db) {
        this.db = db;
        String sample = "tenant-code";
        this.byCode = RenderedOnce.of(db, db.select(TENANT.ID, TENANT.CODE, TENANT.PROVINCE_CODE, TENANT.NAME, TENANT.STATUS)
                .from(TENANT).where(TENANT.CODE.eq(sample)), sample);
    }

    /**
     * The tenant of a code. Every request of a union's user asks it first, so without a transaction: one statement
     * in autocommit on a table of the platform's (no row-level security, so no scope is needed) instead of a
     * transaction's begin, scope and commit around it. Rendered by jOOQ once, its row read from JDBC: rendering the
     * select and making its record cost several times the statement itself (issue 21).
     */
    public Optional<Tenant> findByCode(String code) {
        return byCode.fetch(db, row -> new Tenant(row.getObject(1, UUID.class), row.getString(2), row.getString(3),
                row.getString(4), TenantStatus.valueOf(row.getString(5))), code).stream().findFirst();
    }

    @Transactional(readOnly = true)
    public List<Tenant> all() {
        return db.selectFrom(TENANT).orderBy(TENANT.PROVINCE_CODE).fetch(Tenants::toTenant);
    }

    public static Tenant toTenant(TenantRecord r) {
        return new Tenant(r.getId(), r.getCode(), r.getProvinceCode(), r.getName(), r.into(TenantColumns.STATUS).value1());
    }
}
