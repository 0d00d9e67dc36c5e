package vn.vusta.platform.benchmark;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import vn.vusta.platform.db.jooq.Routines;
import vn.vusta.platform.deploy.LocalCredentials;
import vn.vusta.platform.deploy.test.TestStack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static vn.vusta.platform.db.jooq.Tables.EXPERTISE_FIELD;
import static vn.vusta.platform.db.jooq.Tables.MEMBER;
import static vn.vusta.platform.db.jooq.Tables.MEMBER_CENSUS;
import static vn.vusta.platform.db.jooq.Tables.MEMBER_EXPERTISE;
import static vn.vusta.platform.db.jooq.Tables.MEMBER_UNIT;
import static vn.vusta.platform.db.jooq.Tables.RECORD_LINEAGE;
import static vn.vusta.platform.db.jooq.Tables.UNIT;

/**
 * A provincial union's registry as large as the benchmarks need, written set-based by PostgreSQL itself (one
 * INSERT … SELECT over generate_series per table) as the schema's owner in the tenant's scope: its member
 * associations and centres, members with Vietnamese names (family names as common as they are in Vietnam), their
 * memberships (one or two units each), fields of expertise (one or two each) and each unit's member census.
 */
final class GeneratedRegistry {

    /** A province's words for its registry: "tỉnh Hải Dương", its communes. */
    record Province(String name, String unitSuffix, List<String> communes) {
    }

    static final Province HAI_PHONG = new Province("Hải Phòng", "thành phố Hải Phòng", List.of("phường Hồng Bàng",
            "phường Lê Chân", "phường Ngô Quyền", "phường Hải An", "phường Kiến An", "phường Đồ Sơn", "phường Dương Kinh",
            "xã An Lão", "xã Thủy Nguyên", "xã Tiên Lãng", "xã Vĩnh Bảo", "xã Kiến Thụy", "xã Cát Hải"));
    static final Province HAI_DUONG = new Province("Hải Dương", "tỉnh Hải Dương", List.of("phường Hải Dương",
            "phường Lê Thanh Nghị", "phường Chí Linh", "phường Kinh Môn", "xã Nam Sách", "xã Thanh Hà", "xã Cẩm Giàng",
            "xã Bình Giang", "xã Gia Lộc", "xã Tứ Kỳ", "xã Ninh Giang", "xã Thanh Miện", "xã Kim Thành"));

    private static final List<String> ASSOCIATIONS = List.of("Y học", "Dược học", "Điều dưỡng", "Đông y", "Nông học",
            "Chăn nuôi – Thú y", "Thủy sản", "Kỹ sư Xây dựng", "Kiến trúc sư", "Cơ khí", "Điện lực", "Hóa học", "Vật lý",
            "Toán học", "Khoa học Kinh tế", "Khoa học Tâm lý – Giáo dục", "Bảo vệ thiên nhiên và môi trường",
            "Sinh vật cảnh", "Giống cây trồng", "Khoa học Đất", "Ngôn ngữ học", "Nhi khoa", "Tim mạch", "Ung thư",
            "Răng Hàm Mặt", "Châm cứu", "Sản phụ khoa", "Thủy lợi", "Lâm nghiệp", "Khoa học Kỹ thuật Cầu đường",
            "Luật gia", "Kế toán và Kiểm toán", "Khoa học Lịch sử");
    /** Units that both unions have under the same name: the conflicts a merge resolves. */
    private static final List<String> SHARED = List.of("Câu lạc bộ Nhà khoa học cao tuổi", "Câu lạc bộ Trí thức trẻ",
            "Trung tâm Tư vấn và Chuyển giao công nghệ");

    // Weighted by how common each family name is (Nguyễn about four in ten).
    private static final String[] FAMILY = weighted(Map.ofEntries(Map.entry("Nguyễn", 38), Map.entry("Trần", 11),
            Map.entry("Lê", 9), Map.entry("Phạm", 7), Map.entry("Hoàng", 4), Map.entry("Huỳnh", 2), Map.entry("Phan", 4),
            Map.entry("Vũ", 4), Map.entry("Võ", 2), Map.entry("Đặng", 2), Map.entry("Bùi", 2), Map.entry("Đỗ", 2),
            Map.entry("Hồ", 1), Map.entry("Ngô", 1), Map.entry("Dương", 1), Map.entry("Lý", 1), Map.entry("Đinh", 1),
            Map.entry("Đào", 1), Map.entry("Trịnh", 1), Map.entry("Mai", 1), Map.entry("Cao", 1), Map.entry("Lương", 1),
            Map.entry("Tạ", 1), Map.entry("Hà", 1), Map.entry("Lâm", 1)));
    private static final String[] MIDDLE_MALE = {"Văn", "Văn", "Văn", "Hữu", "Đức", "Minh", "Quang", "Thanh", "Ngọc",
            "Xuân", "Công", "Đình", "Trọng", "Quốc", "Mạnh", "Tuấn", "Anh", "Hoàng", "Thế", "Duy"};
    private static final String[] MIDDLE_FEMALE = {"Thị", "Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Minh", "Phương",
            "Hồng", "Thúy", "Kim", "Mai", "Hoài", "Diệu", "Bích", "Lan", "Khánh", "Quỳnh", "Hải"};
    private static final String[] GIVEN_MALE = {"An", "Bình", "Cường", "Dũng", "Đạt", "Đức", "Giang", "Hải", "Hiếu",
            "Hòa", "Hùng", "Huy", "Khang", "Khoa", "Kiên", "Lâm", "Long", "Lộc", "Minh", "Nam", "Nghĩa", "Phong", "Phúc",
            "Quân", "Quang", "Sơn", "Tài", "Thắng", "Thành", "Thịnh", "Toàn", "Trung", "Tuấn", "Tùng", "Việt", "Vinh",
            "Vũ", "Hưng", "Hoàng", "Kiệt"};
    private static final String[] GIVEN_FEMALE = {"Anh", "Chi", "Dung", "Duyên", "Giang", "Hà", "Hạnh", "Hằng", "Hiền",
            "Hoa", "Hồng", "Huệ", "Hương", "Lan", "Liên", "Linh", "Loan", "Mai", "My", "Nga", "Ngân", "Ngọc", "Nhung",
            "Oanh", "Phương", "Quyên", "Quỳnh", "Tâm", "Thảo", "Thơ", "Thủy", "Trang", "Trinh", "Tuyết", "Vân", "Xuân",
            "Yến", "Hậu", "Nhàn", "Thư"};
    private static final String[] DEGREES = weighted(Map.ofEntries(Map.entry("CN", 30), Map.entry("KS", 20),
            Map.entry("THS", 20), Map.entry("TS", 8), Map.entry("BS", 8), Map.entry("DS", 3), Map.entry("BSCKI", 3),
            Map.entry("BSCKII", 1), Map.entry("KTS", 2), Map.entry("TSKH", 1), Map.entry("CD", 2), Map.entry("TC", 2)));
    private static final String[] SPECIALTIES = {"Y học lâm sàng", "Nội khoa", "Ngoại khoa", "Dược lý", "Điều dưỡng",
            "Trồng trọt", "Bảo vệ thực vật", "Chăn nuôi", "Nuôi trồng thủy sản", "Xây dựng dân dụng và công nghiệp",
            "Kỹ thuật điện", "Công nghệ thông tin", "Cơ khí chế tạo máy", "Hóa phân tích", "Kinh tế nông nghiệp",
            "Quản trị kinh doanh", "Kế toán", "Luật kinh tế", "Giáo dục học", "Ngôn ngữ học", "Lịch sử Việt Nam",
            "Quản lý môi trường", "Thủy lợi", "Lâm sinh", "Kiến trúc công trình"};
    private static final String[] WORKPLACES = {"Bệnh viện Đa khoa", "Trung tâm Y tế", "Trường Đại học",
            "Trường Cao đẳng Kỹ thuật", "Trường THPT Chuyên", "Sở Khoa học và Công nghệ", "Sở Nông nghiệp và Môi trường",
            "Sở Xây dựng", "Viện Nghiên cứu Hải sản", "Công ty Cổ phần Xây dựng số 1", "Công ty Điện lực",
            "Hợp tác xã Nông nghiệp", "Ủy ban nhân dân", "Trạm Khuyến nông", "Văn phòng Luật sư"};
    private static final String[] SHARED_DATA = {"NAME", "TITLE", "DEGREE", "EXPERTISE", "PROVINCE"};

    private GeneratedRegistry() {
    }

    /** Writes the registry; returns the rows written per table. */
    static Map<String, Integer> write(UUID tenant, Province province, int members) throws SQLException {
        try (Connection connection = DriverManager.getConnection(TestStack.current().postgres().jdbcUrl(),
                LocalCredentials.OWNER_ROLE, LocalCredentials.OWNER_PASSWORD)) {
            connection.setAutoCommit(false);
            DSLContext db = DSL.using(connection, SQLDialect.POSTGRES);
            Routines.beginTenantScope(db.configuration(), tenant);
            var rows = new LinkedHashMap<String, Integer>();
            rows.put("unit", units(db, tenant, province));
            rows.put("member", members(db, tenant, province, members));
            rows.put("member_unit", memberships(db, tenant));
            rows.put("member_expertise", expertise(db, tenant));
            rows.put("member_census", census(db, tenant));
            connection.commit();
            // Statistics as autovacuum would gather them soon after such a load; the merge's plans depend on them.
            connection.setAutoCommit(true);
            connection.createStatement().execute("analyze unit, member, member_unit, member_expertise, member_census, record_lineage");
            return rows;
        }
    }

    /** The rows of each table of the tenant, as its owner reads them in its scope. */
    static Map<String, Integer> count(UUID tenant) throws SQLException {
        try (Connection connection = DriverManager.getConnection(TestStack.current().postgres().jdbcUrl(),
                LocalCredentials.OWNER_ROLE, LocalCredentials.OWNER_PASSWORD)) {
            connection.setAutoCommit(false);
            DSLContext db = DSL.using(connection, SQLDialect.POSTGRES);
            Routines.beginTenantScope(db.configuration(), tenant);
            var rows = new LinkedHashMap<String, Integer>();
            for (Table<?> table : List.of(UNIT, MEMBER, MEMBER_UNIT, MEMBER_EXPERTISE, MEMBER_CENSUS, RECORD_LINEAGE)) {
                rows.put(table.getName(), db.fetchCount(table));
            }
            connection.rollback();
            return rows;
        }
    }

    private static int units(DSLContext db, UUID tenant, Province province) {
        var insert = db.insertInto(UNIT, UNIT.TENANT_ID, UNIT.NAME, UNIT.KIND, UNIT.FIELD_OF_WORK, UNIT.COMMUNE, UNIT.STATUS);
        for (int i = 0; i < ASSOCIATIONS.size(); i++) {
            insert = insert.values(tenant, "Hội " + ASSOCIATIONS.get(i) + " " + province.unitSuffix(), "MEMBER_ASSOCIATION",
                    ASSOCIATIONS.get(i), province.communes().get(i % province.communes().size()), "ACTIVE");
        }
        for (String name : SHARED) {
            insert = insert.values(tenant, name, name.startsWith("Trung tâm") ? "AFFILIATED_CENTRE" : "COLLECTIVE_MEMBER",
                    "Chuyển giao công nghệ", province.communes().getFirst(), "ACTIVE");
        }
        return insert.onConflictDoNothing().execute();
    }

    private static int members(DSLContext db, UUID tenant, Province province, int members) {
        Table<?> series = DSL.generateSeries(1, members).as("s", "g");
        Field<Long> g = series.field("g", Integer.class).cast(SQLDataType.BIGINT);
        Condition female = g.mod(2L).eq(0L);
        Field<String> fullName = DSL.concat(
                pick(FAMILY, g.mul(7919L).plus(g.div(7L))), DSL.inline(" "),
                DSL.when(female, pick(MIDDLE_FEMALE, g.mul(104_729L).plus(g.div(13L))))
                        .otherwise(pick(MIDDLE_MALE, g.mul(104_729L).plus(g.div(13L)))), DSL.inline(" "),
                DSL.when(female, pick(GIVEN_FEMALE, g.mul(1_299_709L).plus(g.div(3L))))
                        .otherwise(pick(GIVEN_MALE, g.mul(1_299_709L).plus(g.div(3L)))));
        Field<Long> hash = g.mul(2_654_435_761L).mod(4_294_967_296L);
        Condition expert = g.mod(12L).eq(0L);
        Field<LocalDate> joined = DSL.localDateAdd(DSL.val(LocalDate.of(1995, 1, 1)), hash.mod(11_000L).cast(SQLDataType.INTEGER));
        return db.insertInto(MEMBER, MEMBER.TENANT_ID, MEMBER.FULL_NAME, MEMBER.GENDER, MEMBER.BIRTH_YEAR,
                        MEMBER.ACADEMIC_TITLE, MEMBER.DEGREE, MEMBER.SPECIALTY, MEMBER.WORKPLACE, MEMBER.EMAIL, MEMBER.PHONE,
                        MEMBER.ADDRESS, MEMBER.JOINED_ON, MEMBER.STATUS, MEMBER.EXPERT, MEMBER.PROCESSING_CONSENT_ON,
                        MEMBER.EXPERT_SHARING_CONSENT_ON, MEMBER.EXPERT_SHARED_DATA)
                .select(DSL.select(
                                DSL.val(tenant),
                                fullName,
                                DSL.when(female, DSL.inline("FEMALE")).otherwise(DSL.inline("MALE")),
                                DSL.inline(1945L).plus(hash.mod(56L)).cast(SQLDataType.SMALLINT),
                                DSL.when(hash.mod(200L).eq(0L), DSL.inline("GS"))
                                        .when(hash.mod(40L).eq(0L), DSL.inline("PGS")),
                                pick(DEGREES, hash.div(3L)),
                                pick(SPECIALTIES, hash.div(7L)),
                                DSL.concat(pick(WORKPLACES, hash.div(11L)), DSL.inline(" " + province.name())),
                                DSL.concat(DSL.replace(Routines.fold(fullName), DSL.inline(" "), DSL.inline(".")),
                                        g.cast(SQLDataType.VARCHAR), DSL.inline("@gmail.com")),
                                DSL.concat(DSL.inline("09"), DSL.lpad(hash.mod(100_000_000L).cast(SQLDataType.VARCHAR), 8, "0")),
                                DSL.concat(pick(province.communes().toArray(String[]::new), hash.div(13L)),
                                        DSL.inline(", " + province.name())),
                                joined,
                                DSL.when(hash.mod(250L).eq(0L), DSL.inline("DECEASED"))
                                        .when(hash.mod(40L).eq(1L), DSL.inline("INACTIVE"))
                                        .otherwise(DSL.inline("ACTIVE")),
                                DSL.field(expert),
                                joined,
                                DSL.when(expert, DSL.localDateAdd(DSL.val(LocalDate.of(2025, 3, 1)), hash.mod(200L).cast(SQLDataType.INTEGER))),
                                DSL.when(expert, DSL.val(SHARED_DATA)).otherwise(DSL.val(new String[0])))
                        .from(series))
                .execute();
    }

    /** Every member in one unit, every third in a second one. */
    private static int memberships(DSLContext db, UUID tenant) {
        UUID[] units = db.select(UNIT.ID).from(UNIT).orderBy(UNIT.ID).fetchArray(UNIT.ID);
        Table<?> ranked = numberedMembers(db);
        Field<UUID> member = ranked.field(MEMBER.ID);
        Field<Long> n = ranked.field("n", Long.class);
        return db.insertInto(MEMBER_UNIT, MEMBER_UNIT.TENANT_ID, MEMBER_UNIT.MEMBER_ID, MEMBER_UNIT.UNIT_ID)
                .select(DSL.select(DSL.val(tenant), member, pick(units, n.mul(7L))).from(ranked))
                .execute()
                + db.insertInto(MEMBER_UNIT, MEMBER_UNIT.TENANT_ID, MEMBER_UNIT.MEMBER_ID, MEMBER_UNIT.UNIT_ID)
                .select(DSL.select(DSL.val(tenant), member, pick(units, n.mul(7L).plus(1L).plus(n.mod(5L))))
                        .from(ranked).where(n.mod(3L).eq(0L)))
                .execute();
    }

    /** Every member with one field of science, every second with two. */
    private static int expertise(DSLContext db, UUID tenant) {
        String[] fields = db.select(EXPERTISE_FIELD.CODE).from(EXPERTISE_FIELD).where(EXPERTISE_FIELD.PARENT_CODE.isNotNull())
                .orderBy(EXPERTISE_FIELD.CODE).fetchArray(EXPERTISE_FIELD.CODE);
        Table<?> ranked = numberedMembers(db);
        Field<UUID> member = ranked.field(MEMBER.ID);
        Field<Long> n = ranked.field("n", Long.class);
        return db.insertInto(MEMBER_EXPERTISE, MEMBER_EXPERTISE.TENANT_ID, MEMBER_EXPERTISE.MEMBER_ID, MEMBER_EXPERTISE.FIELD_CODE)
                .select(DSL.select(DSL.val(tenant), member, pick(fields, n.mul(11L))).from(ranked))
                .execute()
                + db.insertInto(MEMBER_EXPERTISE, MEMBER_EXPERTISE.TENANT_ID, MEMBER_EXPERTISE.MEMBER_ID, MEMBER_EXPERTISE.FIELD_CODE)
                .select(DSL.select(DSL.val(tenant), member, pick(fields, n.mul(11L).plus(1L).plus(n.mod(7L))))
                        .from(ranked).where(n.mod(2L).eq(0L)))
                .execute();
    }

    /** Each unit's members at the end of June 2024 (a few fewer) and 2025. */
    private static int census(DSLContext db, UUID tenant) {
        int written = 0;
        for (int year : new int[]{2024, 2025}) {
            Field<Integer> members = year == 2025 ? DSL.count() : DSL.count().mul(95).div(100);
            written += db.insertInto(MEMBER_CENSUS, MEMBER_CENSUS.TENANT_ID, MEMBER_CENSUS.UNIT_ID, MEMBER_CENSUS.AS_OF,
                            MEMBER_CENSUS.MEMBER_COUNT)
                    .select(DSL.select(DSL.val(tenant), MEMBER_UNIT.UNIT_ID, DSL.val(LocalDate.of(year, 6, 30)), members)
                            .from(MEMBER_UNIT).groupBy(MEMBER_UNIT.UNIT_ID))
                    .execute();
        }
        return written;
    }

    /** The tenant's members numbered 1, 2, … in the order of their ids (uuidv7: the order they were written). */
    private static Table<?> numberedMembers(DSLContext db) {
        return db.select(MEMBER.ID, DSL.rowNumber().over(DSL.orderBy(MEMBER.ID)).cast(SQLDataType.BIGINT).as("n"))
                .from(MEMBER).asTable("m");
    }

    /** One of the values, chosen by a hash of the row. */
    private static <T> Field<T> pick(T[] values, Field<Long> hash) {
        return DSL.arrayGet(DSL.val(values), hash.mod((long) values.length).plus(1L).cast(SQLDataType.INTEGER));
    }

    private static String[] weighted(Map<String, Integer> weights) {
        var values = new ArrayList<String>();
        weights.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> values.addAll(Collections.nCopies(e.getValue(), e.getKey())));
        return values.toArray(String[]::new);
    }
}
