package vn.vusta.platform.benchmark;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.vusta.platform.Api;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.LocalCredentials;
import vn.vusta.platform.deploy.test.KeycloakTokens;
import vn.vusta.platform.deploy.test.TestStack;
import vn.vusta.platform.spreadsheets.Sheets;
import vn.vusta.platform.tenancy.Tenant;
import vn.vusta.platform.tenancy.TenantTransactions;
import vn.vusta.platform.tenancy.Tenants;

import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static vn.vusta.platform.db.jooq.Tables.MEMBER;
import static vn.vusta.platform.db.jooq.Tables.MEMBER_EXPERTISE;
import static vn.vusta.platform.db.jooq.Tables.MEMBER_UNIT;
import static vn.vusta.platform.db.jooq.Tables.UNIT;

/**
 * The speed of imports and exports through the API on a tenant of 200.000 members (Hưng Yên, made that size
 * set-based first): a generated .xlsx of 100.000 new members uploaded, previewed and confirmed (target under 20 s),
 * and an export of the 100.000 members of one unit as .xlsx and .csv (target under 10 s). A benchmark, not a
 * test: it prints its figures (after a warm-up, with the machine's load average) and asserts nothing about time.
 * Run it with
 * {@code ./mvnw -pl platform-api -am verify -Dtest=SpreadsheetBenchmark -Dgroups=benchmark -Dbenchmarks.excluded= -Dtests.output.to.file=false}.
 */
@Tag("benchmark")
@PlatformApiTest
class SpreadsheetBenchmark {

    static final int EXISTING = 200_000;
    static final int IMPORTED = 100_000;
    static final int WARM_UP_ROWS = 5_000;
    static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô"};
    static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Quang", "Ngọc", "Xuân", "Thu", "Hải", "Công"};
    static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hiền", "Hòa", "Hùng", "Hương",
            "Khánh", "Kiên", "Lan", "Linh", "Long", "Mai", "Minh", "Nam", "Nga", "Ngọc", "Phong", "Phúc", "Phương", "Quân",
            "Quỳnh", "Sơn", "Tâm", "Thảo", "Thắng", "Thủy", "Trang", "Trung", "Tú", "Tuấn", "Vân", "Việt", "Xuân", "Yến"};
    static final String[] WORKPLACES = {"Trường Đại học Sư phạm Kỹ thuật Hưng Yên", "Sở Nông nghiệp và Môi trường",
            "Bệnh viện Đa khoa tỉnh", "Viện Khoa học Nông nghiệp", "Công ty Cổ phần Giống cây trồng", "Trường THPT chuyên Hưng Yên"};
    static final String[] DEGREES = {"TS", "THS", "CN", "KS", "BS", "TSKH"};

    /** The unit of half the members, made by whichever test runs first. */
    private static UUID bigUnit;

    @Autowired
    DSLContext db;
    @Autowired
    TenantTransactions transactions;
    @Autowired
    Tenants tenants;

    @Test
    void importing100000RowsIntoATenantOf200000Members() throws Exception {
        ensureTenantOf200000();
        warmUp();
        byte[] file = Sheets.xlsx(importRows(IMPORTED, "moi", "08"));
        String token = token();
        CpuTime cpu = CpuTime.now();
        long start = System.nanoTime();
        var uploaded = Api.upload("/api/v1/imports/members", token, "hoi-vien-100000.xlsx", file);
        long previewed = System.nanoTime();
        CpuTime previewCpu = CpuTime.now().since(cpu);
        String result = confirm(uploaded);
        long end = System.nanoTime();
        System.out.printf(Locale.ROOT, "%nImport of %,d new members (.xlsx, %.1f MB) into a tenant of %,d members: "
                        + "upload and preview %.1f s (%s), confirmation %.1f s (%s), total %.1f s (target < 20 s; "
                        + "load average %s on %d cores); %s%n%n",
                IMPORTED, file.length / 1e6, EXISTING, seconds(start, previewed), previewCpu, seconds(previewed, end),
                CpuTime.now().since(cpu).since(previewCpu), seconds(start, end), CpuTime.loadAverage(),
                Runtime.getRuntime().availableProcessors(), result);
    }

    @Test
    void exporting100000Rows() throws Exception {
        ensureTenantOf200000();
        String path = "/api/v1/members/export?unitId=" + bigUnit + "&format=";
        Api.download(path + "xlsx", token());
        for (String format : List.of("xlsx", "csv")) {
            String token = token();
            CpuTime cpu = CpuTime.now();
            long start = System.nanoTime();
            var download = Api.download(path + format, token);
            long end = System.nanoTime();
            CpuTime used = CpuTime.now().since(cpu);
            long rows = format.equals("csv") ? Sheets.readCsv(download.body()).size() - 1 : Sheets.readXlsx(download.body()).size() - 1;
            System.out.printf(Locale.ROOT, "%nExport of %,d members of one unit (.%s, %.1f MB, status %d) from a tenant of %,d: "
                    + "%.1f s (%s; target < 10 s; load average %s on %d cores)%n%n", rows, format, download.body().length / 1e6,
                    download.status(), EXISTING, seconds(start, end), used, CpuTime.loadAverage(), Runtime.getRuntime().availableProcessors());
        }
    }

    /** A smaller import first, so that the one measured runs compiled code, as a server that has been up would. */
    private static void warmUp() throws Exception {
        confirm(Api.upload("/api/v1/imports/members", token(), "khoi-dong.xlsx",
                Sheets.xlsx(importRows(WARM_UP_ROWS, "khoidong", "07"))));
    }

    private static String confirm(Api.Response uploaded) {
        JsonNode preview = uploaded.json();
        if (uploaded.status() != 201 || !preview.path("confirmable").asBoolean()) {
            String problems = preview.path("problems").toString();
            throw new IllegalStateException("The generated file was refused (" + uploaded.status() + "): "
                    + problems.substring(0, Math.min(2000, problems.length())));
        }
        var confirmed = Api.call("POST", "/api/v1/imports/" + preview.path("id").asString() + "/confirm", token(), null, null);
        if (confirmed.status() != 200) {
            throw new IllegalStateException("The confirmation failed (" + confirmed.status() + "): " + confirmed.body());
        }
        return confirmed.body();
    }

    /** The machine's load while measuring: figures taken on a busy machine read accordingly. */
    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }

    private static String token() {
        return KeycloakTokens.accessToken("hung-yen-editor");
    }

    /** Hưng Yên with 200.000 members more, half of them in one unit, each with a field of expertise: set-based. */
    private synchronized void ensureTenantOf200000() throws Exception {
        if (bigUnit != null) {
            return;
        }
        Tenant hungYen = tenants.findByCode("hung-yen").orElseThrow();
        long start = System.nanoTime();
        UUID tenant = hungYen.id();
        List<UUID> units = transactions.inTenant(hungYen, () -> {
            Table<?> series = DSL.generateSeries(1, EXISTING).as("g", "i");
            Field<Integer> i = series.field("i", Integer.class);
            Field<String> name = DSL.concat(pick(FAMILY, i), DSL.val(" "), pick(MIDDLE, i.div(FAMILY.length)), DSL.val(" "),
                    pick(GIVEN, i.div(FAMILY.length * MIDDLE.length)));
            db.insertInto(MEMBER, MEMBER.TENANT_ID, MEMBER.FULL_NAME, MEMBER.GENDER, MEMBER.BIRTH_YEAR, MEMBER.DEGREE,
                            MEMBER.WORKPLACE, MEMBER.EMAIL, MEMBER.PHONE, MEMBER.JOINED_ON, MEMBER.STATUS)
                    .select(DSL.select(DSL.val(tenant), name,
                                    DSL.when(i.mod(2).eq(0), "MALE").otherwise("FEMALE"),
                                    DSL.val((short) 1940).plus(i.mod(60)).cast(Short.class),
                                    pick(DEGREES, i),
                                    pick(WORKPLACES, i),
                                    DSL.concat(DSL.val("hoivien"), i.cast(String.class), DSL.val("@bench.example.vn")),
                                    DSL.concat(DSL.val("09"), DSL.lpad(i.cast(String.class), 8, "0")),
                                    DSL.localDateAdd(DSL.val(LocalDate.of(2000, 1, 1)), i.mod(9000)),
                                    DSL.val("ACTIVE"))
                            .from(series))
                    .execute();
            return List.of(unit("Hội Khoa học Kỹ thuật Benchmark", "HBM"), unit("Hội Tin học Benchmark", "HTB"));
        });
        // Statistics as autovacuum would gather them after such a load, before the links are checked against it.
        analyze(false);
        transactions.inTenant(hungYen, () -> {
            var benchMembers = MEMBER.EMAIL.like("%@bench.example.vn");
            db.insertInto(MEMBER_UNIT, MEMBER_UNIT.TENANT_ID, MEMBER_UNIT.MEMBER_ID, MEMBER_UNIT.UNIT_ID)
                    .select(DSL.select(DSL.val(tenant), MEMBER.ID,
                                    DSL.when(MEMBER.BIRTH_YEAR.mod((short) 2).eq((short) 0), units.get(0)).otherwise(units.get(1)))
                            .from(MEMBER).where(benchMembers))
                    .execute();
            return db.insertInto(MEMBER_EXPERTISE, MEMBER_EXPERTISE.TENANT_ID, MEMBER_EXPERTISE.MEMBER_ID, MEMBER_EXPERTISE.FIELD_CODE)
                    .select(DSL.select(DSL.val(tenant), MEMBER.ID, DSL.when(MEMBER.DEGREE.eq("BS"), "302").otherwise("212"))
                            .from(MEMBER).where(benchMembers))
                    .execute();
        });
        analyze(true);
        bigUnit = units.get(0);
        System.out.printf(Locale.ROOT, "%nSet-up: %,d members for Hưng Yên in %.1f s%n", EXISTING, seconds(start, System.nanoTime()));
    }

    private UUID unit(String name, String abbreviation) {
        return db.insertInto(UNIT, UNIT.TENANT_ID, UNIT.NAME, UNIT.ABBREVIATION, UNIT.KIND)
                .values(tenants.findByCode("hung-yen").orElseThrow().id(), name, abbreviation, "MEMBER_ASSOCIATION")
                .returning(UNIT.ID).fetchSingle().getId();
    }

    /**
     * As the database owner (the application's role may not): statistics, and the vacuum autovacuum would start
     * after such a load in the middle of the measurements.
     */
    private static void analyze(boolean vacuum) throws Exception {
        try (var owner = DriverManager.getConnection(TestStack.current().postgres().jdbcUrl(),
                LocalCredentials.OWNER_ROLE, LocalCredentials.OWNER_PASSWORD)) {
            owner.createStatement().execute((vacuum ? "vacuum " : "") + "analyze member, member_unit, member_expertise, unit");
        }
    }

    private static Field<String> pick(String[] values, Field<Integer> index) {
        return DSL.arrayGet(DSL.val(values), index.mod(values.length).plus(1));
    }

    /** New members: e-mails and phones no member has; names and years that some share (namesakes). */
    private static List<List<Object>> importRows(int count, String emailPrefix, String phonePrefix) {
        var rows = new ArrayList<List<Object>>(count + 1);
        rows.add(List.of("STT", "Họ và tên", "Giới tính", "Năm sinh", "Học vị", "Chuyên ngành", "Lĩnh vực", "Cơ quan công tác",
                "Email", "Điện thoại", "Địa chỉ", "Hội thành viên", "Ngày vào hội"));
        for (int n = 1; n <= count; n++) {
            rows.add(List.of(n, FAMILY[(n * 7) % FAMILY.length] + " " + MIDDLE[(n / 3) % MIDDLE.length] + " " + GIVEN[(n / 11) % GIVEN.length],
                    n % 2 == 0 ? "Nam" : "Nữ", 1945 + n % 55, n % 3 == 0 ? "ThS" : "KS", "Khoa học cây trồng",
                    n % 5 == 0 ? "Trồng trọt; Công nghệ thông tin" : "212", WORKPLACES[n % WORKPLACES.length],
                    emailPrefix + n + "@bench.example.vn", String.format("%s%08d", phonePrefix, n), "xã Phụng Công, tỉnh Hưng Yên",
                    n % 4 == 0 ? "HTB; Hội Nông học tỉnh Hưng Yên" : "Hội Tin học Benchmark", LocalDate.of(2010, 1, 1).plusDays(n % 5000)));
        }
        return rows;
    }
}
