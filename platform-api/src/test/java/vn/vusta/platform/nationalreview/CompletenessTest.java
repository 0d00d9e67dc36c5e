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
