package vn.vusta.platform.registry;

import org.jooq.DSLContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.platform.db.jooq.tables.records.UnitRecord;
import vn.vusta.platform.tenancy.AccessScope;
import vn.vusta.platform.tenancy.TenantCache;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static vn.vusta.platform.db.jooq.Tables.UNIT;

/**
 * The units of the current tenant. Row-level security confines every statement to that tenant; a unit of another
 * tenant is simply not found.
 */
@Service
public class Units {

    private final DSLContext db;
    private final TenantCache cache;

    Units(DSLContext db, TenantCache cache) {
        this.db = db;
        this.cache = cache;
    }

    @Transactional(readOnly = true)
    public List<Unit> list() {
        return db.selectFrom(UNIT).orderBy(UNIT.KIND, UNIT.NAME).fetch(Units::toUnit);
    }

    @Transactional(readOnly = true)
    public Optional<Unit> find(UUID id) {
        return db.selectFrom(UNIT).where(UNIT.ID.eq(id)).fetchOptional(Units::toUnit);
    }

    @Transactional
    public Unit create(UnitDraft draft) {
        try {
            Unit unit = db.insertInto(UNIT)
                    .set(UNIT.TENANT_ID, AccessScope.currentTenant().id())
                    .set(UNIT.NAME, draft.name())
                    .set(UNIT.ABBREVIATION, draft.abbreviation())
                    .set(UNIT.KIND, draft.kind().name())
                    .returning()
                    .fetchSingle(Units::toUnit);
            cache.evict(Workspace.SUMMARY_CACHE);
            return unit;
        } catch (DuplicateKeyException e) {
            throw new UnitNameTakenException(draft.name());
        }
    }

    @Transactional
    public Optional<Unit> update(UUID id, UnitDraft draft) {
        try {
            Optional<Unit> unit = db.update(UNIT)
                    .set(UNIT.NAME, draft.name())
                    .set(UNIT.ABBREVIATION, draft.abbreviation())
                    .set(UNIT.KIND, draft.kind().name())
                    .where(UNIT.ID.eq(id))
                    .returning()
                    .fetchOptional(Units::toUnit);
            unit.ifPresent(u -> cache.evict(Workspace.SUMMARY_CACHE));
            return unit;
        } catch (DuplicateKeyException e) {
            throw new UnitNameTakenException(draft.name());
        }
    }

    @Transactional
    public boolean delete(UUID id) {
        boolean deleted = db.deleteFrom(UNIT).where(UNIT.ID.eq(id)).execute() > 0;
        if (deleted) {
            cache.evict(Workspace.SUMMARY_CACHE);
        }
        return deleted;
    }

    private static Unit toUnit(UnitRecord r) {
        return new Unit(r.getId(), r.getName(), r.getAbbreviation(), UnitKind.valueOf(r.getKind()));
    }
}
