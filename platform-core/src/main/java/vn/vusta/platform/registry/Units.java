package vn.vusta.platform.registry;

import org.jooq.DSLContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.audit.AuditLog;
import vn.vusta.platform.db.jooq.tables.records.MemberCensusRecord;
import vn.vusta.platform.db.jooq.tables.records.UnitRecord;
import vn.vusta.platform.tenancy.AccessScope;
import vn.vusta.platform.tenancy.TenantCache;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static vn.vusta.platform.db.jooq.Tables.MEMBER_CENSUS;
import static vn.vusta.platform.db.jooq.Tables.MEMBER_UNIT;
import static vn.vusta.platform.db.jooq.Tables.PROVINCE;
import static vn.vusta.platform.db.jooq.Tables.UNIT;

/**
 * The units of the current tenant. Row-level security confines every statement to that tenant; a unit of another
 * tenant is simply not found. Every change is audited in its own transaction.
 */
@Service
public class Units {

    private final DSLContext db;
    private final TenantCache cache;
    private final AuditLog audit;

    Units(DSLContext db, TenantCache cache, AuditLog audit) {
        this.db = db;
        this.cache = cache;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Unit> list() {
        return db.selectFrom(UNIT).orderBy(UNIT.KIND, UNIT.NAME.collate("vietnamese"), UNIT.ID).fetch(Units::toUnit);
    }

    @Transactional(readOnly = true)
    public Optional<Unit> find(UUID id) {
        return db.selectFrom(UNIT).where(UNIT.ID.eq(id)).fetchOptional(Units::toUnit);
    }

    @Transactional
    public Unit create(UnitDraft draft) {
        try {
            check(draft);
            UnitRecord values = write(db.newRecord(UNIT), draft).setTenantId(AccessScope.currentTenant().id());
            UnitRecord created = db.insertInto(UNIT).set(values).returning().fetchSingle();
            audit.record("unit.created", null, created, created.getId());
            cache.evict(Workspace.SUMMARY_CACHE);
            return toUnit(created);
        } catch (DuplicateKeyException e) {
            throw RefusedException.conflict("name", "unit.name.taken", draft.name())
                    .logged("A unit named '" + draft.name() + "' exists already");
        }
    }

    @Transactional
    public Optional<Unit> update(UUID id, UnitDraft draft) {
        Optional<UnitRecord> before = lockedForChange(id);
        if (before.isEmpty()) {
            return Optional.empty();
        }
        try {
            check(draft);
            UnitRecord after = db.update(UNIT).set(write(db.newRecord(UNIT), draft)).where(UNIT.ID.eq(id))
                    .returning().fetchSingle();
            audit.record("unit.updated", before.get(), after, id);
            cache.evict(Workspace.SUMMARY_CACHE);
            return Optional.of(toUnit(after));
        } catch (DuplicateKeyException e) {
            throw RefusedException.conflict("name", "unit.name.taken", draft.name())
                    .logged("A unit named '" + draft.name() + "' exists already");
        }
    }

    @Transactional
    public boolean delete(UUID id) {
        Optional<UnitRecord> before = lockedForChange(id);
        if (before.isEmpty()) {
            return false;
        }
        if (db.fetchExists(MEMBER_UNIT, MEMBER_UNIT.UNIT_ID.eq(id))) {
            throw RefusedException.invalid("id", "unit.delete.hasMembers");
        }
        try {
            db.deleteFrom(UNIT).where(UNIT.ID.eq(id)).execute();
        } catch (DataIntegrityViolationException e) {
            // Other records name the unit (an event it organised, its census, a research project it leads).
            throw RefusedException.invalid("id", "unit.delete.referenced");
        }
        audit.record("unit.deleted", before.get(), null, id);
        cache.evict(Workspace.SUMMARY_CACHE);
        return true;
    }

    /** A unit's census, newest first; empty when the unit is not the tenant's. */
    @Transactional(readOnly = true)
    public List<CensusEntry> census(UUID unitId) {
        return db.selectFrom(MEMBER_CENSUS).where(MEMBER_CENSUS.UNIT_ID.eq(unitId)).orderBy(MEMBER_CENSUS.AS_OF.desc())
                .fetch(r -> new CensusEntry(r.getAsOf(), r.getMemberCount()));
    }

    /** Records (or corrects) the number of members a unit reports as of a date; empty when there is no such unit. */
    @Transactional
    public Optional<CensusEntry> recordCensus(UUID unitId, CensusEntry entry) {
        if (lockedForChange(unitId).isEmpty()) {
            return Optional.empty();
        }
        if (entry.asOf().isAfter(LocalDate.now())) {
            throw RefusedException.invalid("asOf", "unit.census.future");
        }
        MemberCensusRecord before = db.selectFrom(MEMBER_CENSUS)
                .where(MEMBER_CENSUS.UNIT_ID.eq(unitId), MEMBER_CENSUS.AS_OF.eq(entry.asOf())).fetchOne();
        MemberCensusRecord after = db.insertInto(MEMBER_CENSUS)
                .set(MEMBER_CENSUS.TENANT_ID, AccessScope.currentTenant().id())
                .set(MEMBER_CENSUS.UNIT_ID, unitId)
                .set(MEMBER_CENSUS.AS_OF, entry.asOf())
                .set(MEMBER_CENSUS.MEMBER_COUNT, entry.memberCount())
                .onConflict(MEMBER_CENSUS.TENANT_ID, MEMBER_CENSUS.UNIT_ID, MEMBER_CENSUS.AS_OF)
                .doUpdate().set(MEMBER_CENSUS.MEMBER_COUNT, entry.memberCount())
                .returning()
                .fetchSingle();
        audit.record("census.recorded", before, after, unitId);
        cache.evict(Workspace.SUMMARY_CACHE);
        return Optional.of(entry);
    }

    private Optional<UnitRecord> lockedForChange(UUID id) {
        return db.selectFrom(UNIT).where(UNIT.ID.eq(id)).forUpdate().fetchOptional();
    }

    private void check(UnitDraft draft) {
        if ((draft.status() == UnitStatus.DISSOLVED) != (draft.dissolvedOn() != null)) {
            throw RefusedException.invalid("dissolvedOn", "unit.dissolvedOn.withStatus");
        }
        if (draft.provinceCode() != null && !db.fetchExists(PROVINCE, PROVINCE.CODE.eq(draft.provinceCode()))) {
            throw RefusedException.invalid("provinceCode", "unit.province.unknown");
        }
    }

    private static UnitRecord write(UnitRecord record, UnitDraft draft) {
        return record.setName(draft.name())
                .setAbbreviation(draft.abbreviation())
                .setKind(draft.kind().name())
                .setFieldOfWork(draft.fieldOfWork())
                .setFoundingDecisionNumber(draft.foundingDecision().number())
                .setFoundingDecisionDate(draft.foundingDecision().date())
                .setFoundingDecisionIssuer(draft.foundingDecision().issuer())
                .setCommune(draft.commune())
                .setProvinceCode(draft.provinceCode())
                .setLeaderName(draft.leaderName())
                .setContactPhone(draft.contactPhone())
                .setContactEmail(draft.contactEmail())
                .setStatus(draft.status().name())
                .setDissolvedOn(draft.dissolvedOn());
    }

    private static Unit toUnit(UnitRecord r) {
        return new Unit(r.getId(), r.getName(), r.getAbbreviation(), r.into(UnitColumns.KIND).value1(), r.getFieldOfWork(),
                new FoundingDecision(r.getFoundingDecisionNumber(), r.getFoundingDecisionDate(), r.getFoundingDecisionIssuer()),
                r.getCommune(), r.getProvinceCode(), r.getLeaderName(), r.getContactPhone(), r.getContactEmail(),
                r.into(UnitColumns.STATUS).value1(), r.getDissolvedOn());
    }
}
