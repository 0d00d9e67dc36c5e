package vn.vusta.platform.nationalreview;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.vusta.platform.Api;
import vn.vusta.platform.DemoTenants;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.LocalCredentials;
import vn.vusta.platform.deploy.test.KeycloakTokens;
import vn.vusta.platform.deploy.test.TestStack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Completeness counts the unions that were on the platform at a period's deadline (issue 18, point 1): onboarding
 * unions today, deleting them, or onboarding and merging a former province leaves a past period's rates as they were.
 */
@PlatformApiTest
class CompletenessTest {

    /** Six provinces no other test onboards, in the Northern midlands cluster. */
    private static final List<String> NEW_PROVINCES = List.of("04", "08", "11", "12", "14", "15");
    private static final UUID THAI_BINH = UUID.fromString("0195d2a0-0034-7000-8090-000000000001");
    private static final UUID THAI_BINH_REPORT = UUID.fromString("0195d2a0-0034-7000-8091-000000000001");

    private static String reviewer;

    @BeforeEach
    void fixture() {
        ReviewFixture.ensure();
        reviewer = KeycloakTokens.accessToken("national-reviewer");
    }

    @Test
    void onboardingAndDeletingUnionsTodayLeavesTheRatesOf2021AsTheyWere() throws SQLException {
        JsonNode before = get("/api/v1/national/periods/2021/H1/status");
        // The three demo unions reported for 6 tháng 2021 (Hưng Yên late).
        for (String code : List.of("31", "33", "38")) {
            assertThat(province(before, code).path("expected").asBoolean()).as(code).isTrue();
            assertThat(province(before, code).path("sent").asBoolean()).as(code).isTrue();
        }
        JsonNode tableBefore = get("/api/v1/national/periods/2021/H1/table");

        List<UUID> onboarded = new ArrayList<>();
        try (Connection c = owner()) {
            for (String code : NEW_PROVINCES) {
                UUID id = UUID.fromString("0195d2a0-00" + code + "-7000-8090-000000000001");
                onboarded.add(id);
                exec(c, "insert into tenant (id, code, province_code, name) values ('" + id + "', 'completeness-" + code
                        + "', '" + code + "', 'Liên hiệp các Hội Khoa học và Kỹ thuật " + code + "') on conflict do nothing");
            }
            // A former province onboarded today and merged into Hưng Yên's union today; its report of 6 tháng 2021 now
            // lives in Hưng Yên's tenant, under its own province code.
            exec(c, "insert into tenant (id, code, province_code, name) values ('" + THAI_BINH + "', 'completeness-thai-binh', "
                    + "'34', 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thái Bình') on conflict do nothing");
            exec(c, "update tenant set status = 'MERGED', merged_into = '" + DemoTenants.HUNG_YEN + "' where id = '" + THAI_BINH + "'");
            exec(c, "insert into tenant_merge (id, source_code, target_code, merged_by, merged_at, counts, conflicts) values "
                    + "('0195d2a0-0034-7000-8090-000000000009', 'completeness-thai-binh', 'hung-yen', 'platform-admin', now(), "
                    + "'{}', '[]') on conflict do nothing");
            exec(c, "select begin_tenant_scope('" + DemoTenants.HUNG_YEN + "')");
            exec(c, "insert into report (tenant_id, id, period_id, province_code, status, title, approved_on, sent_at, accepted_at) "
                    + "select '" + DemoTenants.HUNG_YEN + "', '" + THAI_BINH_REPORT + "', p.id, '34', 'ACCEPTED', "
                    + "'Báo cáo 6 tháng 2021', '2021-06-28', '2021-07-02 09:00+07', '2021-07-12 09:00+07' "
                    + "from reporting_period p where p.year = 2021 and p.kind = 'H1' on conflict do nothing");
            exec(c, "insert into report_transition (tenant_id, id, report_id, from_status, to_status, actor, occurred_at) values ('"
                    + DemoTenants.HUNG_YEN + "', '0195d2a0-0034-7000-8092-000000000001', '" + THAI_BINH_REPORT + "', 'APPROVED', "
                    + "'SENT', 'fixture', '2021-07-02 09:00+07') on conflict do nothing");
            exec(c, "insert into report_value (tenant_id, report_id, indicator_year, indicator_code, computed_value) values ('"
                    + DemoTenants.HUNG_YEN + "', '" + THAI_BINH_REPORT + "', 2021, 'TC05', 700) on conflict do nothing");
            c.commit();
        }

        try {
            onboardedThenDeleted(onboarded, before, tableBefore);
        } finally {
            // Thái Bình's report and merger go too: 6 tháng 2021 keeps the demo's three reports for the tests after this.
            try (Connection c = owner()) {
                exec(c, "select begin_tenant_scope('" + DemoTenants.HUNG_YEN + "')");
                exec(c, "delete from report where tenant_id = '" + DemoTenants.HUNG_YEN + "' and id = '" + THAI_BINH_REPORT + "'");
                exec(c, "delete from tenant_merge where id = '0195d2a0-0034-7000-8090-000000000009'");
                exec(c, "delete from tenant where id = '" + THAI_BINH + "'");
                c.commit();
            }
        }
    }

    private void onboardedThenDeleted(List<UUID> onboarded, JsonNode before, JsonNode tableBefore) throws SQLException {
        JsonNode onboardedToday = get("/api/v1/national/periods/2021/H1/status");
        assertSameRates(onboardedToday, before);
        for (String code : NEW_PROVINCES) {
            assertThat(codes(onboardedToday)).as("onboarded today, not expected for 2021").doesNotContain(code);
        }
        // Thái Bình's old report counts under Hưng Yên, without making Thái Bình expected for 2021.
        JsonNode thaiBinh = province(onboardedToday, "34");
        assertThat(thaiBinh.path("province").path("partOf").asString()).isEqualTo("33");
        assertThat(thaiBinh.path("expected").asBoolean()).isFalse();
        assertThat(thaiBinh.path("sent").asBoolean()).isTrue();
        JsonNode table = get("/api/v1/national/periods/2021/H1/table");
        assertThat(table.path("totals").path("TC05").decimalValue())
                .isEqualByComparingTo(tableBefore.path("totals").path("TC05").decimalValue().add(java.math.BigDecimal.valueOf(700)));

        try (Connection c = owner()) {
            for (UUID id : onboarded) {
                exec(c, "delete from tenant where id = '" + id + "'");
            }
            c.commit();
        }
        assertSameRates(get("/api/v1/national/periods/2021/H1/status"), before);
    }

    /**
     * A hand count on {@link ReviewFixture} for 2019: 6 unions expected for every period (the three demo unions since
     * 2016, Hà Nội, Hồ Chí Minh and Hải Dương since 2018, Hải Dương merged in 2025). Only 6 tháng has reports: Hà Nội
     * and Hải Dương on time, Hồ Chí Minh late. By cluster, 6 tháng: Red River Delta (Hà Nội, Hải Phòng, Hải Dương under
     * it, Hưng Yên) 2 of 4 sent, 2 on time; North Central (Thanh Hóa) 0 of 1; South East (Hồ Chí Minh) 1 of 1, 0 on time.
     */
    @Test
    void theBoardOf2019MatchesAHandCountOfTheFixture() {
        JsonNode board = get("/api/v1/national/years/2019/completeness");
        List<String> kinds = new ArrayList<>();
        board.path("periods").forEach(p -> kinds.add(p.path("kind").asString()));
        assertThat(kinds).contains("Q1", "H1", "YEAR");
        int h1 = kinds.indexOf("H1");
        int q1 = kinds.indexOf("Q1");
        assertCount(board.path("totals").get(h1), 6, 3, 2, "50.0", "33.3");
        assertCount(board.path("totals").get(q1), 6, 0, 0, "0.0", "0.0");
        assertCount(cluster(board, 2).path("counts").get(h1), 4, 2, 2, "50.0", "50.0");
        assertCount(cluster(board, 3).path("counts").get(h1), 1, 0, 0, "0.0", "0.0");
        assertCount(cluster(board, 5).path("counts").get(h1), 1, 1, 0, "100.0", "0.0");
        assertCount(cluster(board, 1).path("counts").get(h1), 0, 0, 0, "0.0", "0.0");

        JsonNode haiDuong = union(board, "30").path("cells").get(h1);
        assertThat(haiDuong.path("expected").asBoolean()).isTrue();
        assertThat(haiDuong.path("onTime").asBoolean()).isTrue();
        JsonNode hcm = union(board, "79").path("cells").get(h1);
        assertThat(hcm.path("sent").asBoolean()).isTrue();
        assertThat(hcm.path("onTime").asBoolean()).isFalse();
        JsonNode thanhHoa = union(board, "38").path("cells").get(h1);
        assertThat(thanhHoa.path("sent").asBoolean()).isFalse();
        assertThat(thanhHoa.path("late").asBoolean()).isTrue();
        assertThat(Api.get("/api/v1/national/years/2040/completeness", reviewer).status()).isEqualTo(404);
    }

    /**
     * 6 tháng 2017 (deadline 05/07/2017) with three unions on the platform from 2017 to March 2018: Thái Nguyên sent on
     * 08/07, Lạng Sơn on 15/07, Phú Thọ never. A late window of 5 days puts Thái Nguyên on time; an exception until
     * 20/07 for Lạng Sơn puts it on time too, and is shown with its reason and audited.
     */
    @Test
    void aLateWindowAndAnExceptionCountReportsAsOnTime() throws SQLException {
        UUID thaiNguyen = UUID.fromString("0195d2a0-0019-7000-8093-000000000001");
        UUID langSon = UUID.fromString("0195d2a0-0020-7000-8093-000000000001");
        UUID phuTho = UUID.fromString("0195d2a0-0025-7000-8093-000000000001");
        try (Connection c = owner()) {
            for (Object[] u : new Object[][]{{thaiNguyen, "19"}, {langSon, "20"}, {phuTho, "25"}}) {
                exec(c, "insert into tenant (id, code, province_code, name, created_at) values ('" + u[0] + "', 'deadline-" + u[1]
                        + "', '" + u[1] + "', 'Liên hiệp các Hội Khoa học và Kỹ thuật " + u[1] + "', '2017-01-01 00:00+07') on conflict do nothing");
                // Left the platform in March 2018 (recorded as deleted), so only 2017 expects them.
                exec(c, "update union_tenure set left_at = '2018-03-01 00:00+07', left_how = 'DELETED' where id = '" + u[0] + "'");
            }
            sent(c, thaiNguyen, "19", "2017-07-08 09:00+07");
            sent(c, langSon, "20", "2017-07-15 09:00+07");
            c.commit();
        }
        try {
            JsonNode before = get("/api/v1/national/periods/2017/H1/status");
            assertThat(province(before, "19").path("onTime").asBoolean()).isFalse();
            assertThat(province(before, "20").path("late").asBoolean()).isTrue();
            int onTime = before.path("onTime").asInt();

            var outOfRange = Api.call("PUT", "/api/v1/national/periods/2017/H1/grace", reviewer, "{\"graceDays\": 200}", "vi");
            assertThat(outOfRange.status()).isEqualTo(422);
            assertThat(outOfRange.json().path("errors").get(0).path("field").asString()).isEqualTo("graceDays");
            var grace = Api.call("PUT", "/api/v1/national/periods/2017/H1/grace", reviewer, "{\"graceDays\": 5}", "vi");
            assertThat(grace.status()).as(grace.body()).isEqualTo(200);
            JsonNode withGrace = get("/api/v1/national/periods/2017/H1/status");
            assertThat(withGrace.path("graceDays").asInt()).isEqualTo(5);
            assertThat(province(withGrace, "19").path("onTime").asBoolean()).isTrue();
            assertThat(province(withGrace, "19").path("dueOn").asString()).isEqualTo("2017-07-10");
            assertThat(province(withGrace, "20").path("onTime").asBoolean()).isFalse();
            assertThat(withGrace.path("onTime").asInt()).isEqualTo(onTime + 1);

            var noReason = Api.call("POST", "/api/v1/national/periods/2017/H1/exceptions", reviewer,
                    "{\"unionId\": \"" + langSon + "\", \"dueOn\": \"2017-07-20\", \"reason\": \" \"}", "vi");
            assertThat(noReason.status()).isEqualTo(422);
            assertThat(noReason.json().path("errors").get(0).path("field").asString()).isEqualTo("reason");
            var early = Api.call("POST", "/api/v1/national/periods/2017/H1/exceptions", reviewer,
                    "{\"unionId\": \"" + langSon + "\", \"dueOn\": \"2017-07-01\", \"reason\": \"Bão số 3\"}", "vi");
            assertThat(early.status()).isEqualTo(422);
            assertThat(early.json().path("errors").get(0).path("field").asString()).isEqualTo("dueOn");
            var unknown = Api.call("POST", "/api/v1/national/periods/2017/H1/exceptions", reviewer,
                    "{\"unionId\": \"" + UUID.randomUUID() + "\", \"dueOn\": \"2017-07-20\", \"reason\": \"Bão số 3\"}", "vi");
            assertThat(unknown.status()).isEqualTo(422);
            assertThat(unknown.json().path("errors").get(0).path("field").asString()).isEqualTo("unionId");

            var granted = Api.call("POST", "/api/v1/national/periods/2017/H1/exceptions", reviewer,
                    "{\"unionId\": \"" + langSon + "\", \"dueOn\": \"2017-07-20\", \"reason\": \"Bão số 3 làm gián đoạn công việc\"}", "vi");
            assertThat(granted.status()).as(granted.body()).isEqualTo(201);
            JsonNode withException = get("/api/v1/national/periods/2017/H1/status");
            JsonNode lang = province(withException, "20");
            assertThat(lang.path("onTime").asBoolean()).isTrue();
            assertThat(lang.path("late").asBoolean()).isFalse();
            assertThat(lang.path("exception").path("reason").asString()).isEqualTo("Bão số 3 làm gián đoạn công việc");
            assertThat(lang.path("exception").path("grantedBy").asString()).isEqualTo("national-reviewer");
            assertThat(withException.path("onTime").asInt()).isEqualTo(onTime + 2);
            assertThat(province(withException, "25").path("late").asBoolean()).isTrue();
            try (Connection c = owner(); var s = c.createStatement();
                 var rs = s.executeQuery("select count(*) from national_audit_event where action = 'deadline-exception.granted' "
                         + "and object_id = '" + granted.json().path("id").asString() + "'")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }

            assertThat(Api.call("DELETE", "/api/v1/national/periods/2017/H1/exceptions/" + granted.json().path("id").asString(),
                    reviewer, null, null).status()).isEqualTo(204);
            assertThat(get("/api/v1/national/periods/2017/H1/status").path("onTime").asInt()).isEqualTo(onTime + 1);
            // Tenure keeps them out of the years after they left.
            assertThat(codes(get("/api/v1/national/periods/2019/H1/status"))).doesNotContain("19", "20", "25");
        } finally {
            Api.call("PUT", "/api/v1/national/periods/2017/H1/grace", reviewer, "{\"graceDays\": 0}", "vi");
        }
    }

    private static void sent(Connection c, UUID tenant, String province, String sentAt) throws SQLException {
        UUID report = UUID.fromString(tenant.toString().substring(0, 19) + "8094-000000000001");
        exec(c, "select begin_tenant_scope('" + tenant + "')");
        exec(c, "insert into report (tenant_id, id, period_id, province_code, status, title, approved_on, sent_at) "
                + "select '" + tenant + "', '" + report + "', p.id, '" + province + "', 'SENT', 'Báo cáo 6 tháng 2017', "
                + "'2017-06-28', '" + sentAt + "' from reporting_period p where p.year = 2017 and p.kind = 'H1' on conflict do nothing");
        exec(c, "insert into report_transition (tenant_id, id, report_id, from_status, to_status, actor, occurred_at) values ('"
                + tenant + "', '" + UUID.fromString(tenant.toString().substring(0, 19) + "8095-000000000001") + "', '" + report
                + "', 'APPROVED', 'SENT', 'fixture', '" + sentAt + "') on conflict do nothing");
    }

    private static void assertCount(JsonNode count, int expected, int sent, int onTime, String reportingRate, String onTimeRate) {
        assertThat(count.path("expected").asInt()).as("expected").isEqualTo(expected);
        assertThat(count.path("sent").asInt()).as("sent").isEqualTo(sent);
        assertThat(count.path("onTime").asInt()).as("onTime").isEqualTo(onTime);
        assertThat(count.path("reportingRate").decimalValue()).isEqualByComparingTo(reportingRate);
        assertThat(count.path("onTimeRate").decimalValue()).isEqualByComparingTo(onTimeRate);
    }

    private static JsonNode cluster(JsonNode board, int id) {
        for (JsonNode c : board.path("clusters")) {
            if (c.path("id").asInt() == id) {
                return c;
            }
        }
        throw new AssertionError("no cluster " + id);
    }

    private static JsonNode union(JsonNode board, String code) {
        for (JsonNode u : board.path("unions")) {
            if (u.path("province").path("code").asString().equals(code)) {
                return u;
            }
        }
        throw new AssertionError("no union " + code);
    }

    private static void assertSameRates(JsonNode now, JsonNode before) {
        for (String field : List.of("expected", "sent", "onTime", "late", "reportingRate", "onTimeRate")) {
            assertThat(now.path(field).asString()).as(field).isEqualTo(before.path(field).asString());
        }
    }

    static Connection owner() throws SQLException {
        Connection c = DriverManager.getConnection(TestStack.current().postgres().jdbcUrl(),
                LocalCredentials.OWNER_ROLE, LocalCredentials.OWNER_PASSWORD);
        c.setAutoCommit(false);
        return c;
    }

    static void exec(Connection c, String sql) throws SQLException {
        try (var s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static JsonNode get(String path) {
        var response = Api.get(path, reviewer);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    static JsonNode province(JsonNode status, String code) {
        for (JsonNode p : status.path("provinces")) {
            if (p.path("province").path("code").asString().equals(code)) {
                return p;
            }
        }
        throw new AssertionError("no province " + code);
    }

    static List<String> codes(JsonNode status) {
        var codes = new ArrayList<String>();
        status.path("provinces").forEach(p -> codes.add(p.path("province").path("code").asString()));
        return codes;
    }
}
