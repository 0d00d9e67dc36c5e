package vn.vusta.platform.spreadsheets;

import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.platform.members.MemberColumns;
import vn.vusta.platform.members.MemberQuery;
import vn.vusta.platform.members.MemberStatus;
import vn.vusta.platform.members.Members;
import vn.vusta.platform.registry.UnitColumns;

import java.io.IOException;
import java.io.OutputStream;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static vn.vusta.platform.db.jooq.Tables.EXPERTISE_FIELD;
import static vn.vusta.platform.db.jooq.Tables.MEMBER;
import static vn.vusta.platform.db.jooq.Tables.MEMBER_EXPERTISE;
import static vn.vusta.platform.db.jooq.Tables.MEMBER_UNIT;
import static vn.vusta.platform.db.jooq.Tables.PROVINCE;
import static vn.vusta.platform.db.jooq.Tables.UNIT;

/**
 * The registry's lists as spreadsheets, under the headings imports read, so that an export imported again
 * changes nothing. Rows stream from a database cursor to the file: a list of a hundred thousand members is never
 * held in memory. Erased members are left out: nothing in them identifies anyone.
 */
@Service
public class Exports {

    private static final int FETCH_SIZE = 5000;
    private static final String LIST_SEPARATOR = "; ";
    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

    private final DSLContext db;
    private final Members members;

    Exports(DSLContext db, Members members) {
        this.db = db;
        this.members = members;
    }

    /**
     * The members a search finds, exactly as the list finds them (typos tolerated alike) and in its order
     * (Vietnamese, by given name), each with their code: imported again, a row is the member it was exported from.
     */
    @Transactional(readOnly = true)
    public void members(MemberQuery query, SheetFormat format, OutputStream out) throws IOException {
        members(query, null, format, out);
    }

    /** The same, only the members chosen among them (ticked on the list), when some are. */
    @Transactional(readOnly = true)
    public void members(MemberQuery query, Set<UUID> chosen, SheetFormat format, OutputStream out) throws IOException {
        // Ids in the query, names from the few units and fields: cheaper than joining them for every member.
        Map<UUID, String> unitNames = db.select(UNIT.ID, UNIT.NAME).from(UNIT).fetchMap(UNIT.ID, UNIT.NAME);
        Map<String, String> fieldNames = db.select(EXPERTISE_FIELD.CODE, EXPERTISE_FIELD.NAME).from(EXPERTISE_FIELD)
                .fetchMap(EXPERTISE_FIELD.CODE, EXPERTISE_FIELD.NAME);
        Field<UUID[]> units = DSL.field(DSL.select(DSL.arrayAgg(MEMBER_UNIT.UNIT_ID)).from(MEMBER_UNIT)
                .where(MEMBER_UNIT.TENANT_ID.eq(MEMBER.TENANT_ID), MEMBER_UNIT.MEMBER_ID.eq(MEMBER.ID)));
        Field<String[]> fields = DSL.field(DSL.select(DSL.arrayAgg(MEMBER_EXPERTISE.FIELD_CODE).orderBy(MEMBER_EXPERTISE.FIELD_CODE))
                .from(MEMBER_EXPERTISE)
                .where(MEMBER_EXPERTISE.TENANT_ID.eq(MEMBER.TENANT_ID), MEMBER_EXPERTISE.MEMBER_ID.eq(MEMBER.ID)));
        try (var writer = SheetWriter.of(format, out, "Hội viên", Imports.headings(ImportKind.MEMBERS));
             Cursor<? extends Record> cursor = db.select(MEMBER.FULL_NAME, MemberColumns.GENDER, MEMBER.BIRTH_YEAR,
                             MEMBER.ACADEMIC_TITLE, MemberColumns.DEGREE, MEMBER.SPECIALTY, fields, MEMBER.WORKPLACE, MEMBER.EMAIL,
                             MEMBER.PHONE, MEMBER.ADDRESS, units, MEMBER.JOINED_ON, MemberColumns.STATUS, MEMBER.EXPERT, MEMBER.ID)
                     .from(MEMBER)
                     .where(members.matching(query), MemberColumns.STATUS.ne(MemberStatus.ERASED),
                             chosen == null || chosen.isEmpty() ? DSL.noCondition() : MEMBER.ID.in(chosen))
                     .orderBy(query.order())
                     .fetchSize(FETCH_SIZE)
                     .fetchLazy()) {
            for (Record r : cursor) {
                writer.row(Arrays.asList(
                        r.get(MEMBER.FULL_NAME),
                        r.get(MemberColumns.GENDER) == null ? null : Vocabulary.gender(r.get(MemberColumns.GENDER)),
                        r.get(MEMBER.BIRTH_YEAR),
                        r.get(MEMBER.ACADEMIC_TITLE),
                        r.get(MemberColumns.DEGREE) == null ? null : r.get(MemberColumns.DEGREE).written(),
                        r.get(MEMBER.SPECIALTY),
                        joined(r.get(fields), fieldNames::get, null),
                        r.get(MEMBER.WORKPLACE),
                        r.get(MEMBER.EMAIL),
                        r.get(MEMBER.PHONE),
                        r.get(MEMBER.ADDRESS),
                        joined(r.get(units), unitNames::get, VIETNAMESE),
                        Cells.date(r.get(MEMBER.JOINED_ON)),
                        Vocabulary.memberStatus(r.get(MemberColumns.STATUS)),
                        Vocabulary.yesNo(r.get(MEMBER.EXPERT)),
                        r.get(MEMBER.ID).toString()));
            }
        }
    }

    /** Every unit, by kind and name as the units list shows them. */
    @Transactional(readOnly = true)
    public void units(SheetFormat format, OutputStream out) throws IOException {
        Field<String> province = PROVINCE.NAME.as("province_name");
        try (var writer = SheetWriter.of(format, out, "Đơn vị", Imports.headings(ImportKind.UNITS));
             Cursor<? extends Record> cursor = db.select(UNIT.fields()).select(province)
                     .from(UNIT)
                     .leftJoin(PROVINCE).on(PROVINCE.CODE.eq(UNIT.PROVINCE_CODE))
                     .orderBy(UNIT.KIND, UNIT.NAME.collate("vietnamese"), UNIT.ID)
                     .fetchSize(FETCH_SIZE)
                     .fetchLazy()) {
            for (Record r : cursor) {
                writer.row(Arrays.asList(
                        r.get(UNIT.NAME),
                        r.get(UNIT.ABBREVIATION),
                        Vocabulary.unitKind(r.into(UnitColumns.KIND).value1()),
                        r.get(UNIT.FIELD_OF_WORK),
                        r.get(UNIT.FOUNDING_DECISION_NUMBER),
                        Cells.date(r.get(UNIT.FOUNDING_DECISION_DATE)),
                        r.get(UNIT.FOUNDING_DECISION_ISSUER),
                        r.get(UNIT.COMMUNE),
                        r.get(province),
                        r.get(UNIT.LEADER_NAME),
                        r.get(UNIT.CONTACT_PHONE),
                        r.get(UNIT.CONTACT_EMAIL),
                        Vocabulary.unitActive(!"DISSOLVED".equals(r.get(UNIT.STATUS))),
                        Cells.date(r.get(UNIT.DISSOLVED_ON))));
            }
        }
    }

    /** The names of a cell that lists several, in the given order or as they come. */
    private static <K> String joined(K[] keys, Function<K, String> name, Comparator<? super String> order) {
        if (keys == null) {
            return null;
        }
        Stream<String> names = Arrays.stream(keys).map(name);
        return (order == null ? names : names.sorted(order)).collect(Collectors.joining(LIST_SEPARATOR));
    }
}
