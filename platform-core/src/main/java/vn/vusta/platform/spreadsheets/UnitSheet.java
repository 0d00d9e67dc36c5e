package vn.vusta.platform.spreadsheets;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Component;
import vn.vusta.platform.db.jooq.Tables;
import vn.vusta.platform.db.jooq.tables.records.UnitRecord;
import vn.vusta.platform.registry.UnitKind;
import vn.vusta.platform.registry.Workspace;
import vn.vusta.platform.spreadsheets.Analysis.Candidate;
import vn.vusta.platform.spreadsheets.SheetReader.SheetRow;
import vn.vusta.platform.tenancy.AccessScope;
import vn.vusta.platform.tenancy.TenantCache;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import static vn.vusta.platform.db.jooq.Tables.UNIT;
import static vn.vusta.platform.spreadsheets.UnitColumn.ABBREVIATION;
import static vn.vusta.platform.spreadsheets.UnitColumn.COMMUNE;
import static vn.vusta.platform.spreadsheets.UnitColumn.DECISION_DATE;
import static vn.vusta.platform.spreadsheets.UnitColumn.DECISION_ISSUER;
import static vn.vusta.platform.spreadsheets.UnitColumn.DECISION_NUMBER;
import static vn.vusta.platform.spreadsheets.UnitColumn.DISSOLVED_ON;
import static vn.vusta.platform.spreadsheets.UnitColumn.EMAIL;
import static vn.vusta.platform.spreadsheets.UnitColumn.FIELD_OF_WORK;
import static vn.vusta.platform.spreadsheets.UnitColumn.KIND;
import static vn.vusta.platform.spreadsheets.UnitColumn.LEADER;
import static vn.vusta.platform.spreadsheets.UnitColumn.NAME;
import static vn.vusta.platform.spreadsheets.UnitColumn.PHONE;
import static vn.vusta.platform.spreadsheets.UnitColumn.PROVINCE;
import static vn.vusta.platform.spreadsheets.UnitColumn.STATUS;

/**
 * A units sheet (danh sách đơn vị). A row is a unit already in the registry when it has its name, ignoring
 * diacritics and case ("Thanh Hoá" is "Thanh Hóa"), and the unit keeps its spelling. An update writes the row's
 * other filled cells over the unit; a row that changes nothing writes nothing. The province is its name or its code; a dissolved unit needs the date.
 */
@Component
class UnitSheet implements SheetImport<UnitSheet.Row> {

    /** A row's values; null where the cell is blank. {@code active} is false for a dissolved unit. */
    record Values(String name, String abbreviation, UnitKind kind, String fieldOfWork, String decisionNumber,
                  LocalDate decisionDate, String decisionIssuer, String commune, String provinceCode, String leader,
                  String phone, String email, Boolean active, LocalDate dissolvedOn) {
    }

    /** A row and, for a duplicate, the unit it matches as the registry holds it now. */
    record Row(Values values, UnitRecord current) {
    }

    private static final List<Field<?>> UNIT_COLUMNS = List.of(UNIT.TENANT_ID, UNIT.ID, UNIT.NAME, UNIT.ABBREVIATION,
            UNIT.KIND, UNIT.FIELD_OF_WORK, UNIT.FOUNDING_DECISION_NUMBER, UNIT.FOUNDING_DECISION_DATE,
            UNIT.FOUNDING_DECISION_ISSUER, UNIT.COMMUNE, UNIT.PROVINCE_CODE, UNIT.LEADER_NAME, UNIT.CONTACT_PHONE,
            UNIT.CONTACT_EMAIL, UNIT.STATUS, UNIT.DISSOLVED_ON);
    private static final String ACTIVE = "ACTIVE";
    private static final String DISSOLVED = "DISSOLVED";

    private final DSLContext db;
    private final TenantCache cache;

    UnitSheet(DSLContext db, TenantCache cache) {
        this.db = db;
        this.cache = cache;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.UNITS;
    }

    @Override
    public Analysis<Row> analyze(Supplier<List<SheetRow>> rows, boolean forWrite) {
        var provinces = provinces();
        var select = db.selectFrom(UNIT);
        List<UnitRecord> units = forWrite ? select.forUpdate().fetch() : select.fetch();
        var layout = SheetLayout.of(rows.get(), UnitColumn.class, NAME);
        var problems = new ArrayList<>(layout.problems());
        var byName = new Lookup<UnitRecord>();
        units.forEach(unit -> byName.put(Cells.fold(unit.getName()), unit));
        var inFile = new HashMap<String, Integer>();
        var candidates = new ArrayList<Candidate<Row>>();
        for (SheetRow row : layout.dataRows()) {
            var cells = new RowCells<>(layout, row);
            Values values = read(cells, provinces);
            if (values.name() != null) {
                String key = Cells.fold(values.name());
                Integer earlier = inFile.putIfAbsent(key, row.number());
                if (earlier != null) {
                    cells.problem(NAME, "duplicateInFile", earlier);
                } else if (byName.shared(key)) {
                    cells.problem(NAME, "ambiguous");
                }
                UnitRecord current = byName.one(key);
                check(cells, values, current);
                if (cells.problems().isEmpty()) {
                    Duplicate duplicate = current == null ? null : new Duplicate(row.number(), current.getId(),
                            current.getName(), MatchKind.NAME, changes(values, current, layout));
                    candidates.add(new Candidate<>(row.number(), new Row(values, current), duplicate));
                }
            }
            problems.addAll(cells.problems());
        }
        problems.sort(Comparator.comparingInt(RowProblem::row));
        return new Analysis<>(layout.dataRows().size(), layout.columns(), layout.ignored(), layout.sample(), problems,
                List.of(), candidates, List.of());
    }

    private static Values read(RowCells<UnitColumn> cells, Map<String, String> provinces) {
        String name = cells.text(NAME, 300);
        if (cells.blank(NAME)) {
            cells.problem(NAME, "required");
        }
        LocalDate decisionDate = cells.value(DECISION_DATE, Cells::date, "date");
        if (decisionDate != null && decisionDate.isAfter(LocalDate.now())) {
            cells.problem(DECISION_DATE, "dateFuture", Cells.date(decisionDate));
        }
        LocalDate dissolvedOn = cells.value(DISSOLVED_ON, Cells::date, "date");
        if (dissolvedOn != null && dissolvedOn.isAfter(LocalDate.now())) {
            cells.problem(DISSOLVED_ON, "dateFuture", Cells.date(dissolvedOn));
        }
        return new Values(name, cells.text(ABBREVIATION, 50), cells.value(KIND, Vocabulary::unitKind, "unitKind"),
                cells.text(FIELD_OF_WORK), cells.text(DECISION_NUMBER), decisionDate, cells.text(DECISION_ISSUER),
                cells.text(COMMUNE), cells.value(PROVINCE, text -> province(text, provinces), "province"),
                cells.text(LEADER), cells.value(PHONE, text -> Optional.of(text).filter(Cells::phone), "phone"),
                cells.value(EMAIL, text -> Optional.of(text).filter(Cells::email), "email"),
                cells.value(STATUS, Vocabulary::unitActive, "unitStatus"), dissolvedOn);
    }

    /** What only the whole row tells: a new unit needs its kind, a dissolved one the date. */
    private static void check(RowCells<UnitColumn> cells, Values values, UnitRecord current) {
        if (current == null && cells.blank(KIND)) {
            cells.problem(KIND, "required");
        }
        if (Boolean.TRUE.equals(values.active()) && values.dissolvedOn() != null) {
            cells.problem(DISSOLVED_ON, "dissolvedOnActive");
        }
        boolean dissolvedBefore = current != null && current.getDissolvedOn() != null;
        if (Boolean.FALSE.equals(values.active()) && values.dissolvedOn() == null && !dissolvedBefore) {
            cells.problem(DISSOLVED_ON, "dissolvedOnRequired");
        }
    }

    /** Code ("38") or name, with or without "tỉnh", "thành phố", "TP." before it. */
    private static Optional<String> province(String text, Map<String, String> provinces) {
        String key = Cells.fold(text);
        for (String prefix : new String[]{"tinh ", "thanh pho ", "tp "}) {
            if (key.startsWith(prefix)) {
                key = key.substring(prefix.length());
                break;
            }
        }
        return Optional.ofNullable(provinces.get(key));
    }

    private Map<String, String> provinces() {
        var provinces = new HashMap<String, String>();
        db.select(Tables.PROVINCE.CODE, Tables.PROVINCE.NAME).from(Tables.PROVINCE).forEach(r -> {
            provinces.put(r.value1(), r.value1());
            provinces.put(Cells.fold(r.value2()), r.value1());
        });
        return provinces;
    }

    private static String status(Values v) {
        if (v.active() != null) {
            return v.active() ? ACTIVE : DISSOLVED;
        }
        return v.dissolvedOn() != null ? DISSOLVED : null;
    }

    private static List<String> changes(Values v, UnitRecord r, SheetLayout<UnitColumn> layout) {
        var changes = new ArrayList<String>();
        differs(changes, layout, ABBREVIATION, v.abbreviation(), r.getAbbreviation());
        differs(changes, layout, KIND, v.kind() == null ? null : v.kind().name(), r.getKind());
        differs(changes, layout, FIELD_OF_WORK, v.fieldOfWork(), r.getFieldOfWork());
        differs(changes, layout, DECISION_NUMBER, v.decisionNumber(), r.getFoundingDecisionNumber());
        differs(changes, layout, DECISION_DATE, v.decisionDate(), r.getFoundingDecisionDate());
        differs(changes, layout, DECISION_ISSUER, v.decisionIssuer(), r.getFoundingDecisionIssuer());
        differs(changes, layout, COMMUNE, v.commune(), r.getCommune());
        differs(changes, layout, PROVINCE, v.provinceCode(), r.getProvinceCode());
        differs(changes, layout, LEADER, v.leader(), r.getLeaderName());
        differs(changes, layout, PHONE, v.phone(), r.getContactPhone());
        differs(changes, layout, EMAIL, v.email(), r.getContactEmail());
        differs(changes, layout, STATUS, status(v), r.getStatus());
        differs(changes, layout, DISSOLVED_ON, v.dissolvedOn(), r.getDissolvedOn());
        return changes;
    }

    private static void differs(List<String> changes, SheetLayout<UnitColumn> layout, UnitColumn column,
                                Object value, Object current) {
        if (value != null && !value.equals(current)) {
            changes.add(layout.heading(column));
        }
    }

    @Override
    public Written write(Analysis<Row> analysis, Map<Integer, DuplicateChoice> choices) {
        UUID tenant = AccessScope.currentTenant().id();
        var fresh = analysis.candidates().stream().filter(c -> c.duplicate() == null).toList();
        List<UUID> ids = Batches.newIds(db, fresh.size());
        var units = new ArrayList<List<Object>>(fresh.size());
        for (int i = 0; i < fresh.size(); i++) {
            Values v = fresh.get(i).values().values();
            String status = status(v);
            units.add(Arrays.asList(tenant, ids.get(i), v.name(), v.abbreviation(), v.kind().name(), v.fieldOfWork(),
                    v.decisionNumber(), v.decisionDate(), v.decisionIssuer(), v.commune(), v.provinceCode(), v.leader(),
                    v.phone(), v.email(), status == null ? ACTIVE : status, v.dissolvedOn()));
        }
        Batches.insert(db, UNIT, UNIT_COLUMNS, units);

        var updated = new ArrayList<UUID>();
        var records = new ArrayList<UnitRecord>();
        int unchanged = 0;
        int skipped = 0;
        for (var candidate : analysis.candidates()) {
            Duplicate duplicate = candidate.duplicate();
            if (duplicate == null) {
                continue;
            }
            if (duplicate.identical()) {
                unchanged++;
            } else if (choices.get(candidate.row()) != DuplicateChoice.UPDATE) {
                skipped++;
            } else {
                records.add(merge(candidate.values().current(), candidate.values().values()));
                updated.add(duplicate.existingId());
            }
        }
        if (!records.isEmpty()) {
            db.batchUpdate(records).execute();
        }
        if (!ids.isEmpty() || !updated.isEmpty()) {
            cache.evict(Workspace.SUMMARY_CACHE);
        }
        return new Written(ids, updated, unchanged, skipped);
    }

    private static UnitRecord merge(UnitRecord r, Values v) {
        if (v.abbreviation() != null) {
            r.setAbbreviation(v.abbreviation());
        }
        if (v.kind() != null) {
            r.setKind(v.kind().name());
        }
        if (v.fieldOfWork() != null) {
            r.setFieldOfWork(v.fieldOfWork());
        }
        if (v.decisionNumber() != null) {
            r.setFoundingDecisionNumber(v.decisionNumber());
        }
        if (v.decisionDate() != null) {
            r.setFoundingDecisionDate(v.decisionDate());
        }
        if (v.decisionIssuer() != null) {
            r.setFoundingDecisionIssuer(v.decisionIssuer());
        }
        if (v.commune() != null) {
            r.setCommune(v.commune());
        }
        if (v.provinceCode() != null) {
            r.setProvinceCode(v.provinceCode());
        }
        if (v.leader() != null) {
            r.setLeaderName(v.leader());
        }
        if (v.phone() != null) {
            r.setContactPhone(v.phone());
        }
        if (v.email() != null) {
            r.setContactEmail(v.email());
        }
        String status = status(v);
        if (status != null) {
            r.setStatus(status);
            // Active again: no dissolution date; dissolved: the row's date, or the one it had.
            r.setDissolvedOn(ACTIVE.equals(status) ? null : v.dissolvedOn() != null ? v.dissolvedOn() : r.getDissolvedOn());
        }
        return r;
    }
}
