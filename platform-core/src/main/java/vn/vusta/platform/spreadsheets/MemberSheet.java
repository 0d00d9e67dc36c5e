package vn.vusta.platform.spreadsheets;

import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record5;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import vn.vusta.platform.db.jooq.tables.records.MemberRecord;
import vn.vusta.platform.members.AcademicTitle;
import vn.vusta.platform.members.Degree;
import vn.vusta.platform.members.Gender;
import vn.vusta.platform.members.MemberColumns;
import vn.vusta.platform.members.MemberStatus;
import vn.vusta.platform.spreadsheets.Analysis.Candidate;
import vn.vusta.platform.spreadsheets.SheetReader.SheetRow;
import vn.vusta.platform.tenancy.AccessScope;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static vn.vusta.platform.db.jooq.Tables.EXPERTISE_FIELD;
import static vn.vusta.platform.db.jooq.Tables.MEMBER;
import static vn.vusta.platform.db.jooq.Tables.MEMBER_EXPERTISE;
import static vn.vusta.platform.db.jooq.Tables.MEMBER_UNIT;
import static vn.vusta.platform.db.jooq.Tables.UNIT;
import static vn.vusta.platform.spreadsheets.MemberColumn.ADDRESS;
import static vn.vusta.platform.spreadsheets.MemberColumn.BIRTH_YEAR;
import static vn.vusta.platform.spreadsheets.MemberColumn.CODE;
import static vn.vusta.platform.spreadsheets.MemberColumn.DEGREE;
import static vn.vusta.platform.spreadsheets.MemberColumn.EMAIL;
import static vn.vusta.platform.spreadsheets.MemberColumn.EXPERT;
import static vn.vusta.platform.spreadsheets.MemberColumn.FIELDS;
import static vn.vusta.platform.spreadsheets.MemberColumn.FULL_NAME;
import static vn.vusta.platform.spreadsheets.MemberColumn.GENDER;
import static vn.vusta.platform.spreadsheets.MemberColumn.JOINED_ON;
import static vn.vusta.platform.spreadsheets.MemberColumn.PHONE;
import static vn.vusta.platform.spreadsheets.MemberColumn.SPECIALTY;
import static vn.vusta.platform.spreadsheets.MemberColumn.STATUS;
import static vn.vusta.platform.spreadsheets.MemberColumn.TITLE;
import static vn.vusta.platform.spreadsheets.MemberColumn.TITLE_AND_DEGREE;
import static vn.vusta.platform.spreadsheets.MemberColumn.UNITS;
import static vn.vusta.platform.spreadsheets.MemberColumn.WORKPLACE;

/**
 * A members sheet (danh sách hội viên). A row is a member already in the registry when it has the code of one (the
 * column "Mã hội viên" exports write), else the e-mail of one, else the phone number and name of one, else the name
 * (ignoring diacritics and case) and year of birth of one whose e-mail and phone do not contradict it
 * ({@link Identities}); erased members match nothing. How rows that may be one person are told apart, and which of
 * them block the import or only warn, is {@link #match}'s. An update writes the row's filled cells over the member and adds its units and fields
 * of expertise to theirs (a list of one association never takes a person out of another); blank cells change
 * nothing, nor do a name without its diacritics or in capitals, an e-mail in other capitals or a phone number
 * spaced otherwise (the registry keeps its spelling), and a row that changes nothing writes nothing.
 */
@Component
class MemberSheet implements SheetImport<MemberSheet.Row> {

    /** A row's values; null where the cell is blank. */
    record Values(String fullName, Gender gender, Integer birthYear, AcademicTitle title, Degree degree,
                  String specialty, String workplace, String email, String phone, String address, LocalDate joinedOn,
                  MemberStatus status, Boolean expert, Set<UUID> unitIds, Set<String> fieldCodes, String code) {

        /** Name and year of birth, folded; null without a year. */
        String nameKey() {
            return birthYear == null ? null : Cells.fold(fullName) + "|" + birthYear;
        }
    }

    /** A row and, for a duplicate, the member it matches as the registry holds them now. */
    record Row(Values values, Current current) {
    }

    record Current(MemberRecord record, Set<UUID> unitIds, Set<String> fieldCodes) {
    }

    private static final List<Field<?>> MEMBER_COLUMNS = List.of(MEMBER.TENANT_ID, MEMBER.ID, MEMBER.FULL_NAME,
            MEMBER.GENDER, MEMBER.BIRTH_YEAR, MEMBER.ACADEMIC_TITLE, MEMBER.DEGREE, MEMBER.SPECIALTY, MEMBER.WORKPLACE,
            MEMBER.EMAIL, MEMBER.PHONE, MEMBER.ADDRESS, MEMBER.JOINED_ON, MEMBER.STATUS, MEMBER.EXPERT);
    private static final List<Field<?>> UNIT_LINK_COLUMNS = List.of(MEMBER_UNIT.TENANT_ID, MEMBER_UNIT.MEMBER_ID, MEMBER_UNIT.UNIT_ID);
    private static final List<Field<?>> FIELD_LINK_COLUMNS = List.of(MEMBER_EXPERTISE.TENANT_ID, MEMBER_EXPERTISE.MEMBER_ID,
            MEMBER_EXPERTISE.FIELD_CODE);

    private final DSLContext db;

    MemberSheet(DSLContext db) {
        this.db = db;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.MEMBERS;
    }

    @Override
    public Analysis<Row> analyze(Supplier<List<SheetRow>> rows, boolean forWrite) {
        var references = new References();
        var existing = existing();
        var layout = SheetLayout.of(rows.get(), MemberColumn.class, FULL_NAME);
        var problems = new ArrayList<>(layout.problems());
        var warnings = new ArrayList<RowProblem>();
        var notes = new ArrayList<RowProblem>();
        var read = new ArrayList<Map.Entry<Integer, Values>>();
        for (SheetRow row : layout.dataRows()) {
            var cells = new RowCells<>(layout, row);
            Values values = read(cells, references);
            problems.addAll(cells.problems());
            notes.addAll(cells.notes());
            if (cells.problems().isEmpty()) {
                read.add(Map.entry(row.number(), values));
            }
        }
        var candidates = match(read, existing, layout, problems, warnings, forWrite);
        problems.sort(Comparator.comparingInt(RowProblem::row));
        warnings.sort(Comparator.comparingInt(RowProblem::row));
        return new Analysis<>(layout.dataRows().size(), layout.columns(), layout.ignored(), layout.sample(), problems,
                warnings, candidates, notes);
    }

    private Values read(RowCells<MemberColumn> cells, References references) {
        String fullName = cells.text(FULL_NAME, 200);
        if (cells.blank(FULL_NAME)) {
            cells.problem(FULL_NAME, "required");
        } else if (fullName != null && Cells.damaged(fullName)) {
            cells.problem(FULL_NAME, "damaged", fullName);
        }
        int thisYear = Year.now().getValue();
        Integer birthYear = cells.value(BIRTH_YEAR, Cells::year, "year");
        if (birthYear != null && (birthYear < 1900 || birthYear > thisYear)) {
            cells.problem(BIRTH_YEAR, "yearRange", birthYear, thisYear);
        }
        AcademicTitle title = cells.value(TITLE, Vocabulary::title, "title");
        Degree degree = cells.value(DEGREE, Vocabulary::degree, "degree");
        Vocabulary.TitleAndDegree both = cells.value(TITLE_AND_DEGREE, Vocabulary::titleAndDegree, "titleAndDegree");
        if (both != null) {
            title = title != null ? title : both.title();
            degree = degree != null ? degree : both.degree();
        }
        String email = cells.value(EMAIL, text -> Optional.of(text).filter(Cells::email), "email");
        String phone = cells.value(PHONE, text -> Optional.of(Cells.leadingZeroRestored(text)).filter(Cells::phone), "phone");
        if (phone != null && !phone.equals(cells.text(PHONE))) {
            cells.note(PHONE, "phoneZero", cells.text(PHONE), phone);
        }
        LocalDate joinedOn = cells.value(JOINED_ON, Cells::date, "date");
        if (joinedOn != null && joinedOn.isAfter(LocalDate.now())) {
            cells.problem(JOINED_ON, "dateFuture", Cells.date(joinedOn));
        }
        Set<UUID> unitIds = new LinkedHashSet<>();
        String units = cells.text(UNITS);
        if (units != null) {
            for (String unit : Cells.list(units)) {
                references.unit(unit, cells).ifPresent(unitIds::add);
            }
        }
        Set<String> fieldCodes = new LinkedHashSet<>();
        String fields = cells.text(FIELDS);
        if (fields != null) {
            for (String field : Cells.list(fields)) {
                references.field(field, cells).ifPresent(fieldCodes::add);
            }
        }
        return new Values(fullName, cells.value(GENDER, Vocabulary::gender, "gender"), birthYear, title, degree,
                cells.text(SPECIALTY), cells.text(WORKPLACE), email, phone, cells.text(ADDRESS), joinedOn,
                cells.value(STATUS, Vocabulary::memberStatus, "memberStatus"),
                cells.value(EXPERT, Vocabulary::yesNo, "yesNo"), unitIds, fieldCodes, cells.text(CODE));
    }

    /**
     * Which member each row is. A row with the code of a member (an export's) is that member. Otherwise by e-mail,
     * by phone and name (an office landline is shared by several people), or by name and year of birth; two rows
     * one person by e-mail or phone are a problem, as is a row matching several members by e-mail or phone.
     * Namesakes born the same year with no contact to tell them apart are warnings, never a block: two such rows
     * are two new people; a row matching several members that way is left out, since which one is meant only the
     * user knows. A shared phone between new people is a warning too. Duplicates of members already there are the
     * user's choice.
     */
    private List<Candidate<Row>> match(List<Map.Entry<Integer, Values>> read, Existing existing,
                                       SheetLayout<MemberColumn> layout, List<RowProblem> problems,
                                       List<RowProblem> warnings, boolean forWrite) {
        var matched = new HashMap<Integer, Identities.Found<UUID>>();
        var rowOfMember = new HashMap<UUID, Integer>();
        var settled = new HashSet<Integer>();
        // Codes first: a row an export wrote is its member, wherever other rows naming them stand.
        for (var entry : read) {
            int row = entry.getKey();
            String code = entry.getValue().code();
            if (code == null) {
                continue;
            }
            UUID id = existing.id(code);
            if (id == null) {
                warnings.add(RowProblem.of(row, layout.heading(CODE), "codeUnknown", code));
            } else if (rowOfMember.containsKey(id)) {
                problems.add(RowProblem.of(row, layout.heading(CODE), "duplicateInFile", rowOfMember.get(id)));
                settled.add(row);
            } else {
                rowOfMember.put(id, row);
                matched.put(row, new Identities.Found<>(id, MatchKind.CODE, false));
                settled.add(row);
            }
        }
        var inFile = new Identities<Integer>();
        var phones = new HashMap<String, Integer>();
        var names = new HashMap<Integer, String>();
        var leftOut = new HashSet<Integer>();
        for (var entry : read) {
            int row = entry.getKey();
            if (settled.contains(row)) {
                continue;
            }
            Values v = entry.getValue();
            String email = v.email() == null ? null : Cells.emailKey(v.email());
            String phone = phoneKey(v.phone(), v.fullName());
            String name = v.nameKey();
            names.put(row, v.fullName());
            Integer samePhone = v.phone() == null ? null : phones.putIfAbsent(Cells.phoneKey(v.phone()), row);
            Identities.Found<Integer> earlier = inFile.find(email, phone, name);
            inFile.add(row, email, phone, name);
            if (earlier != null && earlier.kind() != MatchKind.NAME_AND_BIRTH_YEAR) {
                problems.add(RowProblem.of(row, layout.heading(column(earlier.kind())), "duplicateInFile", earlier.key()));
                continue;
            }
            Identities.Found<UUID> found = existing.identities().find(email, phone, name);
            if (found != null) {
                String heading = layout.heading(column(found.kind()));
                boolean byName = found.kind() == MatchKind.NAME_AND_BIRTH_YEAR;
                if (found.several() && byName) {
                    warnings.add(RowProblem.of(row, heading, "namesakes", v.fullName(), v.birthYear()));
                    leftOut.add(row);
                    continue;
                } else if (found.several()) {
                    problems.add(RowProblem.of(row, heading, "ambiguous"));
                    continue;
                } else if (rowOfMember.containsKey(found.key()) && byName) {
                    warnings.add(RowProblem.of(row, heading, "namesakeOfRow", rowOfMember.get(found.key())));
                    earlier = null;
                } else if (rowOfMember.containsKey(found.key())) {
                    problems.add(RowProblem.of(row, heading, "sameRecordTwice", rowOfMember.get(found.key())));
                    continue;
                } else {
                    rowOfMember.put(found.key(), row);
                    matched.put(row, found);
                    continue;
                }
            }
            // A new person: what they share with another row of the file, for the user to check.
            if (earlier != null) {
                warnings.add(RowProblem.of(row, layout.heading(FULL_NAME), "namesakeInFile", earlier.key()));
            }
            if (samePhone != null) {
                warnings.add(RowProblem.of(row, layout.heading(PHONE), "sharedPhone", samePhone, names.get(samePhone)));
            } else if (v.phone() != null && existing.phoneOwners().containsKey(Cells.phoneKey(v.phone()))) {
                warnings.add(RowProblem.of(row, layout.heading(PHONE), "sharedPhoneMember",
                        existing.phoneOwners().get(Cells.phoneKey(v.phone()))));
            }
        }
        Map<UUID, Current> current = current(matched.values().stream().map(Identities.Found::key).toList(), forWrite);
        var candidates = new ArrayList<Candidate<Row>>(read.size());
        for (var entry : read) {
            int row = entry.getKey();
            if (leftOut.contains(row)) {
                continue;
            }
            Values values = entry.getValue();
            var match = matched.get(row);
            if (match == null) {
                candidates.add(new Candidate<>(row, new Row(values, null), null));
                continue;
            }
            Current now = current.get(match.key());
            if (Boolean.FALSE.equals(values.expert()) && now.record().getExpertSharedData().length > 0) {
                problems.add(RowProblem.of(row, layout.heading(EXPERT), "expertSharing"));
            }
            var duplicate = new Duplicate(row, match.key(), now.record().getFullName(), match.kind(),
                    changes(values, now, layout));
            candidates.add(new Candidate<>(row, new Row(values, now), duplicate));
        }
        return candidates;
    }

    private static MemberColumn column(MatchKind kind) {
        return switch (kind) {
            case CODE -> CODE;
            case EMAIL -> EMAIL;
            case PHONE -> PHONE;
            case NAME_AND_BIRTH_YEAR, NAME -> FULL_NAME;
        };
    }

    /** What identifies the members already there (every one but the erased): their codes, contacts and names. */
    private record Existing(Set<UUID> ids, Identities<UUID> identities, Map<String, String> phoneOwners) {

        /** The member a code names, or null when it names none here (another union's export, a typo). */
        UUID id(String code) {
            try {
                UUID id = UUID.fromString(code.strip());
                return ids.contains(id) ? id : null;
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    /** A phone as what tells a person: with their name, since several people may share an office landline. */
    private static String phoneKey(String phone, String fullName) {
        return phone == null ? null : Cells.phoneKey(phone) + "|" + Cells.fold(fullName);
    }

    /** Read once through a cursor over the tenant's members. */
    private Existing existing() {
        var ids = new HashSet<UUID>();
        var identities = new Identities<UUID>();
        var phoneOwners = new HashMap<String, String>();
        try (Cursor<Record5<UUID, String, Short, String, String>> cursor = db
                .select(MEMBER.ID, MEMBER.FULL_NAME, MEMBER.BIRTH_YEAR, MEMBER.EMAIL, MEMBER.PHONE)
                .from(MEMBER)
                .where(MemberColumns.STATUS.ne(MemberStatus.ERASED))
                .fetchSize(10_000)
                .fetchLazy()) {
            for (var r : cursor) {
                ids.add(r.value1());
                if (r.value5() != null) {
                    phoneOwners.putIfAbsent(Cells.phoneKey(r.value5()), r.value2());
                }
                identities.add(r.value1(),
                        r.value4() == null ? null : Cells.emailKey(r.value4()),
                        phoneKey(r.value5(), r.value2()),
                        r.value3() == null ? null : Cells.fold(r.value2()) + "|" + r.value3());
            }
        }
        return new Existing(ids, identities, phoneOwners);
    }

    /** The matched members as they are, with their units and fields; locked when they are about to be written. */
    private Map<UUID, Current> current(List<UUID> ids, boolean forWrite) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        UUID[] array = ids.toArray(UUID[]::new);
        var select = db.selectFrom(MEMBER).where(MEMBER.ID.eq(DSL.any(array)));
        List<MemberRecord> records = forWrite ? select.forUpdate().fetch() : select.fetch();
        var units = new HashMap<UUID, Set<UUID>>();
        db.select(MEMBER_UNIT.MEMBER_ID, MEMBER_UNIT.UNIT_ID).from(MEMBER_UNIT)
                .where(MEMBER_UNIT.MEMBER_ID.eq(DSL.any(array)))
                .forEach(r -> units.computeIfAbsent(r.value1(), id -> new HashSet<>()).add(r.value2()));
        var fields = new HashMap<UUID, Set<String>>();
        db.select(MEMBER_EXPERTISE.MEMBER_ID, MEMBER_EXPERTISE.FIELD_CODE).from(MEMBER_EXPERTISE)
                .where(MEMBER_EXPERTISE.MEMBER_ID.eq(DSL.any(array)))
                .forEach(r -> fields.computeIfAbsent(r.value1(), id -> new HashSet<>()).add(r.value2()));
        var current = new HashMap<UUID, Current>();
        for (MemberRecord record : records) {
            current.put(record.getId(), new Current(record, units.getOrDefault(record.getId(), Set.of()),
                    fields.getOrDefault(record.getId(), Set.of())));
        }
        return current;
    }

    /** The headings of the filled cells that differ from the member. */
    private static List<String> changes(Values v, Current now, SheetLayout<MemberColumn> layout) {
        MemberRecord r = now.record();
        var changes = new ArrayList<String>();
        if (!Cells.fold(v.fullName()).equals(Cells.fold(r.getFullName()))) {
            changes.add(layout.heading(FULL_NAME));
        }
        differs(changes, layout, GENDER, name(v.gender()), r.getGender());
        differs(changes, layout, BIRTH_YEAR, v.birthYear(), r.getBirthYear() == null ? null : r.getBirthYear().intValue());
        differs(changes, layout, layout.has(TITLE) ? TITLE : TITLE_AND_DEGREE, name(v.title()), r.getAcademicTitle());
        differs(changes, layout, layout.has(DEGREE) ? DEGREE : TITLE_AND_DEGREE, name(v.degree()), r.getDegree());
        differs(changes, layout, SPECIALTY, v.specialty(), r.getSpecialty());
        differs(changes, layout, WORKPLACE, v.workplace(), r.getWorkplace());
        differs(changes, layout, EMAIL, v.email() == null ? null : Cells.emailKey(v.email()),
                r.getEmail() == null ? null : Cells.emailKey(r.getEmail()));
        differs(changes, layout, PHONE, v.phone() == null ? null : Cells.phoneKey(v.phone()),
                r.getPhone() == null ? null : Cells.phoneKey(r.getPhone()));
        differs(changes, layout, ADDRESS, v.address(), r.getAddress());
        differs(changes, layout, JOINED_ON, v.joinedOn(), r.getJoinedOn());
        differs(changes, layout, STATUS, name(v.status()), r.getStatus());
        differs(changes, layout, EXPERT, v.expert(), r.getExpert());
        if (!now.unitIds().containsAll(v.unitIds())) {
            changes.add(layout.heading(UNITS));
        }
        if (!now.fieldCodes().containsAll(v.fieldCodes())) {
            changes.add(layout.heading(FIELDS));
        }
        return changes.stream().distinct().toList();
    }

    private static void differs(List<String> changes, SheetLayout<MemberColumn> layout, MemberColumn column,
                                Object value, Object current) {
        if (value != null && !value.equals(current)) {
            changes.add(layout.heading(column));
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    @Override
    public Written write(Analysis<Row> analysis, Map<Integer, DuplicateChoice> choices) {
        UUID tenant = AccessScope.currentTenant().id();
        var fresh = analysis.candidates().stream().filter(c -> c.duplicate() == null).toList();
        List<UUID> ids = Batches.newIds(db, fresh.size());
        var members = new ArrayList<List<Object>>(fresh.size());
        var unitLinks = new ArrayList<List<Object>>();
        var fieldLinks = new ArrayList<List<Object>>();
        for (int i = 0; i < fresh.size(); i++) {
            Values v = fresh.get(i).values().values();
            UUID id = ids.get(i);
            members.add(Arrays.asList(tenant, id, v.fullName(), name(v.gender()),
                    v.birthYear() == null ? null : v.birthYear().shortValue(), name(v.title()), name(v.degree()),
                    v.specialty(), v.workplace(), v.email(), v.phone(), v.address(), v.joinedOn(),
                    Objects.requireNonNullElse(v.status(), MemberStatus.ACTIVE).name(),
                    Objects.requireNonNullElse(v.expert(), false)));
            v.unitIds().forEach(unit -> unitLinks.add(List.of(tenant, id, unit)));
            v.fieldCodes().forEach(field -> fieldLinks.add(List.of(tenant, id, field)));
        }
        Batches.insert(db, MEMBER, MEMBER_COLUMNS, members);

        var updated = new ArrayList<UUID>();
        var records = new ArrayList<MemberRecord>();
        int unchanged = 0;
        int skipped = 0;
        OffsetDateTime now = OffsetDateTime.now();
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
                Current current = candidate.values().current();
                Values v = candidate.values().values();
                records.add(merge(current.record(), v).setUpdatedAt(now));
                UUID id = duplicate.existingId();
                v.unitIds().stream().filter(unit -> !current.unitIds().contains(unit))
                        .forEach(unit -> unitLinks.add(List.of(tenant, id, unit)));
                v.fieldCodes().stream().filter(field -> !current.fieldCodes().contains(field))
                        .forEach(field -> fieldLinks.add(List.of(tenant, id, field)));
                updated.add(id);
            }
        }
        if (!records.isEmpty()) {
            db.batchUpdate(records).execute();
        }
        Batches.insert(db, MEMBER_UNIT, UNIT_LINK_COLUMNS, unitLinks);
        Batches.insert(db, MEMBER_EXPERTISE, FIELD_LINK_COLUMNS, fieldLinks);
        return new Written(ids, updated, unchanged, skipped);
    }

    /** The row's filled cells over the member. */
    private static MemberRecord merge(MemberRecord r, Values v) {
        if (!Cells.fold(v.fullName()).equals(Cells.fold(r.getFullName()))) {
            r.setFullName(v.fullName());
        }
        if (v.gender() != null) {
            r.setGender(v.gender().name());
        }
        if (v.birthYear() != null) {
            r.setBirthYear(v.birthYear().shortValue());
        }
        if (v.title() != null) {
            r.setAcademicTitle(v.title().name());
        }
        if (v.degree() != null) {
            r.setDegree(v.degree().name());
        }
        if (v.specialty() != null) {
            r.setSpecialty(v.specialty());
        }
        if (v.workplace() != null) {
            r.setWorkplace(v.workplace());
        }
        if (v.email() != null && (r.getEmail() == null || !Cells.emailKey(v.email()).equals(Cells.emailKey(r.getEmail())))) {
            r.setEmail(v.email());
        }
        if (v.phone() != null && (r.getPhone() == null || !Cells.phoneKey(v.phone()).equals(Cells.phoneKey(r.getPhone())))) {
            r.setPhone(v.phone());
        }
        if (v.address() != null) {
            r.setAddress(v.address());
        }
        if (v.joinedOn() != null) {
            r.setJoinedOn(v.joinedOn());
        }
        if (v.status() != null) {
            r.setStatus(v.status().name());
        }
        if (v.expert() != null) {
            r.setExpert(v.expert());
        }
        return r;
    }

    /** The tenant's units (by name or abbreviation) and the fields of expertise (by code or name). */
    private final class References {

        private final Lookup<UUID> unitsByName = new Lookup<>();
        private final Lookup<UUID> unitsByAbbreviation = new Lookup<>();
        private final Map<String, String> fieldsByCode = new HashMap<>();
        private final Lookup<String> fieldsByName = new Lookup<>();

        References() {
            db.select(UNIT.ID, UNIT.NAME, UNIT.ABBREVIATION).from(UNIT).forEach(r -> {
                unitsByName.put(Cells.fold(r.value2()), r.value1());
                if (r.value3() != null) {
                    unitsByAbbreviation.put(Cells.fold(r.value3()), r.value1());
                }
            });
            db.select(EXPERTISE_FIELD.CODE, EXPERTISE_FIELD.NAME).from(EXPERTISE_FIELD).forEach(r -> {
                fieldsByCode.put(r.value1(), r.value1());
                fieldsByName.put(Cells.fold(r.value2()), r.value1());
            });
        }

        Optional<UUID> unit(String text, RowCells<MemberColumn> cells) {
            String key = Cells.fold(text);
            Lookup<UUID> lookup = unitsByName.has(key) ? unitsByName : unitsByAbbreviation;
            if (lookup.shared(key)) {
                cells.problem(UNITS, "unitAmbiguous", text);
                return Optional.empty();
            }
            UUID id = lookup.one(key);
            if (id == null) {
                cells.problem(UNITS, "unitUnknown", text);
            }
            return Optional.ofNullable(id);
        }

        /** "212", "Công nghệ thông tin" or "212 - Công nghệ thông tin". */
        Optional<String> field(String text, RowCells<MemberColumn> cells) {
            String code = text.split("\\s", 2)[0];
            if (fieldsByCode.containsKey(code)) {
                return Optional.of(code);
            }
            String key = Cells.fold(text);
            String byName = fieldsByName.one(key);
            if (byName == null) {
                cells.problem(FIELDS, "fieldUnknown", text);
            }
            return Optional.ofNullable(byName);
        }
    }
}
