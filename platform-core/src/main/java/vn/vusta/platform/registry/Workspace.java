package vn.vusta.platform.registry;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.platform.tenancy.TenantCache;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import static vn.vusta.platform.db.jooq.Tables.MEMBER_CENSUS;
import static vn.vusta.platform.db.jooq.Tables.UNIT;

/** The figures on a provincial union's workspace home, cached per tenant. */
@Service
public class Workspace {

    /** Evicted by whatever changes the units, so the figures follow. */
    public static final String SUMMARY_CACHE = "workspace-summary";

    private final DSLContext db;
    private final TenantCache cache;

    Workspace(DSLContext db, TenantCache cache) {
        this.db = db;
        this.cache = cache;
    }

    // The transaction starts before the cache is asked: a miss computes inside it, in the tenant's scope.
    @Transactional(readOnly = true)
    public WorkspaceSummary summary() {
        return cache.get(SUMMARY_CACHE, this::computeSummary);
    }

    private WorkspaceSummary computeSummary() {
        Map<UnitKind, Integer> units = new EnumMap<>(UnitKind.class);
        db.select(UnitColumns.KIND, DSL.count()).from(UNIT).where(UnitColumns.STATUS.eq(UnitStatus.ACTIVE))
                .groupBy(UnitColumns.KIND)
                .forEach(r -> units.put(r.value1(), r.value2()));
        LocalDate censusDate = db.select(DSL.max(MEMBER_CENSUS.AS_OF)).from(MEMBER_CENSUS).fetchOne(0, LocalDate.class);
        Long members = censusDate == null ? null : membersAsOf(censusDate);
        Long yearEarlier = censusDate == null ? null : membersAsOf(censusDate.minusYears(1));
        return new WorkspaceSummary(units, censusDate, members, yearEarlier);
    }

    private Long membersAsOf(LocalDate date) {
        return db.select(DSL.sum(MEMBER_CENSUS.MEMBER_COUNT)).from(MEMBER_CENSUS)
                .where(MEMBER_CENSUS.AS_OF.eq(date))
                .fetchOne(0, Long.class);
    }
}
