package vn.vusta.platform.registry;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;
import java.util.UUID;

import static vn.vusta.platform.db.jooq.Tables.UNIT;

/** Registry figures across provinces, for the national union: read in the national scope. */
@Service
public class RegistryTotals {

    private final DSLContext db;

    RegistryTotals(DSLContext db) {
        this.db = db;
    }

    /** Units per tenant; a tenant with none is absent. */
    @Transactional(readOnly = true)
    public Map<UUID, Integer> unitsByTenant() {
        return db.select(UNIT.TENANT_ID, DSL.count()).from(UNIT).groupBy(UNIT.TENANT_ID).fetchMap(UNIT.TENANT_ID, DSL.count());
    }
}
