package vn.vusta.platform.spreadsheets;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.vusta.platform.Api;
import vn.vusta.platform.DemoTenants;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.benchmark.NationalScaleData;
import vn.vusta.platform.deploy.LocalCredentials;
import vn.vusta.platform.deploy.test.KeycloakTokens;
import vn.vusta.platform.deploy.test.TestStack;
import vn.vusta.platform.tenancy.TenantTransactions;
import vn.vusta.platform.tenancy.Tenants;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vusta.platform.db.jooq.Tables.MEMBER;
import static vn.vusta.platform.db.jooq.Tables.MEMBER_EXPERTISE;
import static vn.vusta.platform.db.jooq.Tables.MEMBER_UNIT;
import static vn.vusta.platform.db.jooq.Tables.UNIT;

/**
 * Whatever the members list exports imports back unchanged, and holds exactly what the list shows. Two people
 * sharing an office landline, and namesakes born the same year with no contact, are warnings to check, never a
 * block: an export carries each member's code (Mã hội viên), which finds the member it was exported from.
 */
@PlatformApiTest
class ExportRoundTripTest {

    @Autowired
    DSLContext db;
    @Autowired
    TenantTransactions transactions;
    @Autowired
    Tenants tenants;

    private final String thanhHoa = KeycloakTokens.accessToken("thanh-hoa-editor");
    private final String hungYen = KeycloakTokens.accessToken("hung-yen-editor");
    private final String tag = "x" + UUID.randomUUID().toString().substring(0, 7);

    @Test
    void thanhHoasWholeExportWithASharedLandlineAndNamesakesImportsBackChangingNothing() throws Exception {
        var added = new ArrayList<String>();
        try {
            added.add(member("Lê Văn Thành " + tag, "1970", "\"phone\": \"0237 3852 111\""));
            added.add(member("Trịnh Thị Mai " + tag, "1982", "\"phone\": \"0237 3852 111\""));
            added.add(member("Nguyễn Văn Hùng " + tag, "1975", null));
            added.add(member("Nguyễn Văn Hùng " + tag, "1975", null));

            String before = stored(DemoTenants.THANH_HOA, null);
            for (String format : List.of("xlsx", "csv")) {
                var export = Api.download("/api/v1/members/export?format=" + format, thanhHoa);
                assertThat(export.status()).isEqualTo(200);
                JsonNode preview = upload(thanhHoa, "hoi-vien-thanh-hoa." + format, export.body());
                int rows = format.equals("csv") ? Sheets.readCsv(export.body()).size() - 1 : Sheets.readXlsx(export.body()).size() - 1;
                assertThat(ImportTest.problems(preview)).as("no blocking problem in the %s export", format).isEmpty();
                assertThat(preview.path("confirmable").asBoolean()).isTrue();
                assertThat(preview.path("rowCount").asInt()).isEqualTo(rows).isGreaterThan(30);
                assertThat(preview.path("newCount").asInt()).isZero();
                assertThat(preview.path("identicalCount").asInt()).isEqualTo(rows);
                assertThat(ImportTest.matches(preview)).allMatch(m -> m.endsWith(" CODE"));
                JsonNode result = confirm(thanhHoa, preview);
                assertThat(result.path("created").asInt()).isZero();
                assertThat(result.path("updated").asInt()).isZero();
                assertThat(result.path("unchanged").asInt()).isEqualTo(rows);
                assertThat(stored(DemoTenants.THANH_HOA, null)).as("every member, unit and field, updated_at included").isEqualTo(before);
            }
        } finally {
            added.forEach(id -> Api.call("DELETE", "/api/v1/members/" + id, thanhHoa, null, null));
        }
    }

    @Test
    void aNewListWithASharedLandlineAndNamesakesWithoutContactIsWarnedNotBlocked() throws Exception {
        byte[] file = Sheets.csv(',', true, List.of(
                List.of("Họ và tên", "Năm sinh", "Điện thoại", "Cơ quan công tác", "Mã hội viên"),
                List.of("Lê Văn Thành " + tag, "1970", "0221 3862 111", "Văn phòng Hội", ""),
                List.of("Trịnh Thị Mai " + tag, "1982", "0221.3862.111", "Văn phòng Hội", ""),
                List.of("Nguyễn Văn Hùng " + tag, "1975", "", "", ""),
                List.of("Nguyễn Văn Hùng " + tag, "1975", "", "", ""),
                List.of("Phan Văn Mã " + tag, "1960", "", "", "abc"),
                // Thanh Hóa's Hoàng Văn Kể: another union's code finds nobody here.
                List.of("Hoàng Văn Kể " + tag, "1975", "", "", "0195d2a0-0038-7000-8001-000000000001"),
                // The phone of Hưng Yên's Trần Văn Phúc, with another name.
                List.of("Đào Thị Chung " + tag, "1979", "0913 000 033", "", "")));

        JsonNode preview = upload(hungYen, "hoi-vien-moi.csv", file);
        assertThat(ImportTest.problems(preview)).isEmpty();
        assertThat(preview.path("confirmable").asBoolean()).isTrue();
        assertThat(preview.path("newCount").asInt()).isEqualTo(7);
        List<String> warnings = warnings(preview);
        assertThat(warnings.subList(0, 4)).containsExactly(
                "3 | Điện thoại | Cùng số điện thoại với dòng 2 (Lê Văn Thành " + tag + "), ví dụ máy bàn cơ quan: hai người khác nhau vẫn được nhập. Hãy kiểm tra.",
                "5 | Họ và tên | Trùng họ tên và năm sinh với dòng 4 mà không có email hay điện thoại để phân biệt: được nhập như hai người khác nhau. Hãy kiểm tra đây có phải một người không.",
                "6 | Mã hội viên | Mã hội viên \"abc\" không phải của hội viên nào của đơn vị (có thể là tệp xuất của đơn vị khác): dòng được đối chiếu theo email, điện thoại hoặc họ tên và năm sinh.",
                "7 | Mã hội viên | Mã hội viên \"0195d2a0-0038-7000-8001-000000000001\" không phải của hội viên nào của đơn vị (có thể là tệp xuất của đơn vị khác): dòng được đối chiếu theo email, điện thoại hoặc họ tên và năm sinh.");
        assertThat(warnings).hasSize(5);
        assertThat(warnings.get(4)).startsWith("8 | Điện thoại | Cùng số điện thoại với hội viên đã có ")
                .endsWith(" (ví dụ máy bàn cơ quan) nhưng khác họ tên: dòng này được nhập như một người mới. Hãy kiểm tra.");
        assertThat(confirm(hungYen, preview).path("created").asInt()).isEqualTo(7);

        var export = Api.download("/api/v1/members/export?format=csv&q=" + tag, hungYen);
        String before = stored(DemoTenants.HUNG_YEN, tag);
        JsonNode again = upload(hungYen, "hoi-vien.csv", export.body());
        assertThat(ImportTest.problems(again)).isEmpty();
        assertThat(warnings(again)).as("every row found by its code").isEmpty();
        assertThat(again.path("identicalCount").asInt()).isEqualTo(7);
        assertThat(confirm(hungYen, again).path("unchanged").asInt()).isEqualTo(7);
        assertThat(stored(DemoTenants.HUNG_YEN, tag)).isEqualTo(before);

        List<List<String>> rows = Sheets.readCsv(export.body());
        String code = rows.get(1).get(rows.getFirst().indexOf("Mã hội viên"));
        JsonNode twice = upload(hungYen, "hai-lan.csv", Sheets.csv(',', true, List.of(List.of("Họ và tên", "Mã hội viên"),
                List.of(rows.get(1).getFirst(), code), List.of(rows.get(1).getFirst(), code))));
        assertThat(ImportTest.problems(twice)).containsExactly("3 | Mã hội viên | Trùng với dòng 2 của tệp.");
        assertThat(twice.path("confirmable").asBoolean()).isFalse();
    }

    /** 2.000 members in the suite; {@code -Droundtrip.members=200000} for a union of national scale, on demand. */
    @Test
    void aSampleOfTheNationalScaleDataImportsBackChangingNothing() throws Exception {
        int members = Integer.getInteger("roundtrip.members", 2_000);
        try {
            try (Connection c = owner()) {
                c.setAutoCommit(false);
                NationalScaleData.members(c, DemoTenants.THANH_HOA, members, " " + tag);
                c.commit();
            }
            long start = System.nanoTime();
            var export = Api.download("/api/v1/members/export?q=" + tag, thanhHoa);
            double exported = (System.nanoTime() - start) / 1e9;
            String before = stored(DemoTenants.THANH_HOA, tag);
            start = System.nanoTime();
            JsonNode preview = upload(thanhHoa, "hoi-vien-quoc-gia.xlsx", export.body());
            double previewed = (System.nanoTime() - start) / 1e9;
            assertThat(preview.path("rowCount").asInt()).isEqualTo(members);
            assertThat(ImportTest.problems(preview)).isEmpty();
            assertThat(preview.path("identicalCount").asInt()).isEqualTo(members);
            start = System.nanoTime();
            JsonNode result = confirm(thanhHoa, preview);
            double confirmed = (System.nanoTime() - start) / 1e9;
            assertThat(result.path("unchanged").asInt()).isEqualTo(members);
            assertThat(result.path("created").asInt()).isZero();
            assertThat(stored(DemoTenants.THANH_HOA, tag)).isEqualTo(before);
            System.out.printf("Round trip of %,d generated members (namesakes born the same year, no contact): export %.1f s "
                    + "(%,d bytes), upload and preview %.1f s, confirmation %.1f s%n", members, exported, export.body().length,
                    previewed, confirmed);
        } finally {
            try (Connection c = owner()) {
                c.setAutoCommit(false);
                try (var s = c.prepareStatement("select begin_tenant_scope(?)")) {
                    s.setObject(1, DemoTenants.THANH_HOA);
                    s.execute();
                }
                try (var s = c.prepareStatement("delete from member where full_name like ?")) {
                    s.setString(1, "% " + tag);
                    s.execute();
                }
                c.commit();
            }
        }
    }

    @Test
    void anExportHoldsExactlyTheMembersTheListShows() throws Exception {
        var tuyet = List.of(member("Nguyễn Thị Ánh Tuyết " + tag, "1980", "\"degree\": \"TS\""),
                member("Nguyễn Thị Ánh Tuyết " + tag, "1986", null));
        try {
            // A typo is matched to the union's name words, which search reads again each minute: the words of the
            // members just added may not be known yet, those of the demo members are.
            for (String query : List.of("q=nguyen thi anh tuyetr", "q=Nguyễn Thị Ánh Tuyết", "q=Hoàng Văn Kể", "q=hoang van ke",
                    "q=hoang vn ke", "q=le thi anhh", "q=nguyen thi", "q=le&degree=TS", "degree=TS&expert=true",
                    "q=tuyetr&status=ACTIVE", "q=anh tuyetr&degree=TS", "q=hoang vn ke&degree=TS")) {
                String encoded = encoded(query);
                var listed = new ArrayList<String>();
                JsonNode page = Api.get("/api/v1/members?size=200&" + encoded, thanhHoa).json();
                assertThat(page.path("total").asInt()).as(query).isEqualTo(page.path("items").size());
                if (!query.contains("tuyetr")) {
                    assertThat(page.path("total").asInt()).as(query).isPositive();
                }
                // Erased members stay in the list as "—" (they are still counted); nothing in them is worth exporting.
                page.path("items").forEach(item -> {
                    if (!item.path("status").asString().equals("ERASED")) {
                        listed.add(item.path("id").asString());
                    }
                });
                List<List<String>> rows = Sheets.readCsv(Api.download("/api/v1/members/export?format=csv&" + encoded, thanhHoa).body());
                int code = rows.getFirst().indexOf("Mã hội viên");
                assertThat(code).as("the export's code column").isPositive();
                assertThat(rows.stream().skip(1).map(r -> r.get(code)).toList()).as(query).containsExactlyElementsOf(listed);
            }
        } finally {
            tuyet.forEach(id -> Api.call("DELETE", "/api/v1/members/" + id, thanhHoa, null, null));
        }
    }

    @Test
    void theUnitsExportImportsBackChangingNothing() throws Exception {
        String before = units();
        for (String format : List.of("xlsx", "csv")) {
            var export = Api.download("/api/v1/units/export?format=" + format, thanhHoa);
            int rows = format.equals("csv") ? Sheets.readCsv(export.body()).size() - 1 : Sheets.readXlsx(export.body()).size() - 1;
            var uploaded = Api.upload("/api/v1/imports/units", thanhHoa, "don-vi." + format, export.body());
            assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
            JsonNode preview = uploaded.json();
            assertThat(ImportTest.problems(preview)).isEmpty();
            assertThat(preview.path("rowCount").asInt()).isEqualTo(rows).isGreaterThanOrEqualTo(40);
            assertThat(preview.path("identicalCount").asInt()).isEqualTo(rows);
            JsonNode result = confirm(thanhHoa, preview);
            assertThat(result.path("unchanged").asInt()).isEqualTo(rows);
            assertThat(units()).isEqualTo(before);
        }
    }

    private String units() {
        return transactions.inTenant(tenants.all().stream().filter(t -> t.id().equals(DemoTenants.THANH_HOA)).findFirst().orElseThrow(),
                () -> db.selectFrom(UNIT).orderBy(UNIT.ID).fetch().formatCSV());
    }

    private String member(String name, String birthYear, String contact) {
        var created = Api.call("POST", "/api/v1/members", thanhHoa, "{\"fullName\": \"%s\", \"birthYear\": %s%s}"
                .formatted(name, birthYear, contact == null ? "" : ", " + contact), null);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    private static JsonNode upload(String token, String name, byte[] content) {
        var uploaded = Api.upload("/api/v1/imports/members", token, name, content);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        return uploaded.json();
    }

    private static JsonNode confirm(String token, JsonNode preview) {
        var response = Api.call("POST", "/api/v1/imports/" + preview.path("id").asString() + "/confirm", token,
                "{\"duplicates\": \"UPDATE\"}", "vi");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    /** "row | column | message" of each warning. */
    private static List<String> warnings(JsonNode body) {
        var lines = new ArrayList<String>();
        for (JsonNode w : body.path("warnings")) {
            lines.add(w.path("row").asInt() + " | " + w.path("column").asString() + " | " + w.path("message").asString());
        }
        return lines;
    }

    /** Everything stored of the union's members (those whose name contains {@code text}), their units and fields. */
    private String stored(UUID tenant, String text) {
        var names = text == null ? MEMBER.ID.isNotNull() : MEMBER.FULL_NAME.contains(text);
        return transactions.inTenant(tenants.all().stream().filter(t -> t.id().equals(tenant)).findFirst().orElseThrow(), () ->
                db.selectFrom(MEMBER).where(names).orderBy(MEMBER.ID).fetch().formatCSV()
                        + db.select(MEMBER_UNIT.MEMBER_ID, MEMBER_UNIT.UNIT_ID).from(MEMBER_UNIT).join(MEMBER)
                        .on(MEMBER.TENANT_ID.eq(MEMBER_UNIT.TENANT_ID), MEMBER.ID.eq(MEMBER_UNIT.MEMBER_ID))
                        .where(names).orderBy(MEMBER_UNIT.MEMBER_ID, MEMBER_UNIT.UNIT_ID).fetch().formatCSV()
                        + db.select(MEMBER_EXPERTISE.MEMBER_ID, MEMBER_EXPERTISE.FIELD_CODE).from(MEMBER_EXPERTISE).join(MEMBER)
                        .on(MEMBER.TENANT_ID.eq(MEMBER_EXPERTISE.TENANT_ID), MEMBER.ID.eq(MEMBER_EXPERTISE.MEMBER_ID))
                        .where(names).orderBy(MEMBER_EXPERTISE.MEMBER_ID, MEMBER_EXPERTISE.FIELD_CODE).fetch().formatCSV());
    }

    private static Connection owner() throws Exception {
        return DriverManager.getConnection(TestStack.current().postgres().jdbcUrl(), LocalCredentials.OWNER_ROLE,
                LocalCredentials.OWNER_PASSWORD);
    }

    private static String encoded(String query) {
        if (!query.contains("=")) {
            return URLEncoder.encode(query, StandardCharsets.UTF_8);
        }
        var parts = new ArrayList<String>();
        for (String parameter : query.split("&")) {
            int equals = parameter.indexOf('=');
            parts.add(parameter.substring(0, equals + 1) + URLEncoder.encode(parameter.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return String.join("&", parts);
    }
}
