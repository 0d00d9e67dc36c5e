package vn.vusta.platform.dashboards;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.vusta.platform.Api;
import vn.vusta.platform.DemoTenants;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.audit.AuditLog;
import vn.vusta.platform.calendar.VietnamTime;
import vn.vusta.platform.deploy.test.KeycloakTokens;
import vn.vusta.platform.tenancy.AccessScope;
import vn.vusta.platform.tenancy.TenantTransactions;
import vn.vusta.platform.tenancy.Tenants;

import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The dashboards follow every write within seconds, and what Redis serves is what the database says. */
@PlatformApiTest
class DashboardApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    DashboardFigures figures;
    @Autowired
    Tenants tenants;
    @Autowired
    TenantTransactions transactions;
    @Autowired
    AuditLog audit;
    @Autowired
    StringRedisTemplate redis;

    @Test
    void aNewEventShowsOnTheUnionsAndTheNationsDashboardWithinSeconds() {
        String editor = KeycloakTokens.accessToken("hung-yen-editor");
        String reviewer = KeycloakTokens.accessToken("national-reviewer");
        // Read first, so that both dashboards are cached before the write.
        int unionEvents = Api.get("/api/v1/dashboard?year=2019", editor).json().path("figures").path("events").asInt();
        int nationEvents = nationalEventsOf2019(reviewer);

        var created = Api.call("POST", "/api/v1/events", editor, """
                {"kind": "TRAINING", "title": "Tập huấn kỹ thuật trồng nhãn", "startsOn": "2019-05-14", "participantCount": 120}""", null);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        try {
            JsonNode dashboard = awaitDashboard("/api/v1/dashboard?year=2019", editor,
                    d -> d.path("figures").path("events").asInt() == unionEvents + 1);
            assertThat(dashboard.path("events").findValues("kind").stream().map(JsonNode::asString)).contains("TRAINING");
            awaitDashboard("/api/v1/national/dashboard?year=2019", reviewer,
                    d -> d.path("figures").path("events").asInt() == nationEvents + 1);
        } finally {
            Api.call("DELETE", "/api/v1/events/" + created.json().path("id").asString(), editor, null, null);
        }
        awaitDashboard("/api/v1/dashboard?year=2019", editor, d -> d.path("figures").path("events").asInt() == unionEvents);
    }

    @Test
    void aNewDeadlineInTheNationalCalendarShowsOnTheUnionsDashboard() {
        String viewer = KeycloakTokens.accessToken("hung-yen-viewer");
        String reviewer = KeycloakTokens.accessToken("national-reviewer");
        assertThat(q3Deadline(Api.get("/api/v1/dashboard?year=2018", viewer).json())).isEqualTo("2018-10-05");

        var changed = Api.call("PUT", "/api/v1/national/calendar/2018/periods/Q3", reviewer, "{\"deadline\": \"2018-10-12\"}", null);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        try {
            awaitDashboard("/api/v1/dashboard?year=2018", viewer, d -> "2018-10-12".equals(q3Deadline(d)));
        } finally {
            Api.call("PUT", "/api/v1/national/calendar/2018/periods/Q3", reviewer, "{\"deadline\": \"2018-10-05\"}", null);
        }
        awaitDashboard("/api/v1/dashboard?year=2018", viewer, d -> "2018-10-05".equals(q3Deadline(d)));
    }

    private static String q3Deadline(JsonNode dashboard) {
        for (JsonNode period : dashboard.path("periods")) {
            if (period.path("period").asString().equals("Q3")) {
                return period.path("deadline").asString();
            }
        }
        return null;
    }

    @Test
    void theCachedFiguresAreTheDatabases() throws Exception {
        String viewer = KeycloakTokens.accessToken("thanh-hoa-viewer");
        JsonNode served = Api.get("/api/v1/dashboard?year=2021", viewer).json();
        // The seeds: 23.628 members at 30/06/2021; the half-year report accepted, the 10 months' returned.
        assertThat(served.path("figures").path("censusMembers").asLong()).isEqualTo(23_628L);
        assertThat(served.path("periods").toString()).contains("\"period\":\"H1\"").contains("\"status\":\"ACCEPTED\"")
                .contains("\"status\":\"RETURNED\"");

        Dashboard fresh = inTenant(DemoTenants.THANH_HOA, () -> figures.province(2021));
        String cached = redis.opsForValue().get(provinceKey(DemoTenants.THANH_HOA, 2021));
        assertThat(cached).as("the cached dashboard").isNotNull();
        assertThat(JSON.readValue(cached, Dashboard.class)).isEqualTo(fresh);
        assertThat(JSON.readTree(cached)).isEqualTo(tree(fresh));
        assertThat(served).isEqualTo(tree(fresh));
    }

    @Test
    void aWriteThatRollsBackLeavesTheDashboardAsItWas() throws Exception {
        String viewer = KeycloakTokens.accessToken("hai-phong-viewer");
        JsonNode before = Api.get("/api/v1/dashboard?year=2021", viewer).json();
        String generation = redis.opsForValue().get("vusta:dashboard:generation:tenant:" + DemoTenants.HAI_PHONG);
        var tenant = tenants.findByCode("hai-phong").orElseThrow();

        assertThatThrownBy(() -> transactions.inTenant(tenant, () -> {
            audit.record("event.created", "event", UUID.randomUUID(), null, "{\"title\": \"Không lưu\"}");
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");

        assertThat(redis.opsForValue().get("vusta:dashboard:generation:tenant:" + DemoTenants.HAI_PHONG)).isEqualTo(generation);
        assertThat(Api.get("/api/v1/dashboard?year=2021", viewer).json()).isEqualTo(before);
        Dashboard fresh = inTenant(DemoTenants.HAI_PHONG, () -> figures.province(2021));
        assertThat(JSON.readValue(redis.opsForValue().get(provinceKey(DemoTenants.HAI_PHONG, 2021)), Dashboard.class)).isEqualTo(fresh);
    }

    @Test
    void theNationalDashboardIsTheNationalReviewersAlone() {
        var national = Api.get("/api/v1/national/dashboard?year=2021", KeycloakTokens.accessToken("national-reviewer"));
        assertThat(national.status()).as(national.body()).isEqualTo(200);
        JsonNode dashboard = national.json();
        assertThat(dashboard.path("provinces").findValues("tenantCode").stream().map(JsonNode::asString))
                .contains("hai-phong", "thanh-hoa", "hung-yen");
        long members = 0;
        for (JsonNode row : dashboard.path("provinces")) {
            members += row.path("figures").path("censusMembers").asLong();
        }
        assertThat(dashboard.path("figures").path("censusMembers").asLong()).isEqualTo(members).isGreaterThanOrEqualTo(23_628L);
        assertThat(dashboard.path("figures").path("reportsByStatus").path("ACCEPTED").asInt()).isGreaterThanOrEqualTo(2);

        assertThat(Api.get("/api/v1/national/dashboard", KeycloakTokens.accessToken("thanh-hoa-admin")).status()).isEqualTo(403);
        assertThat(Api.get("/api/v1/national/dashboard", KeycloakTokens.accessToken("platform-admin")).status()).isEqualTo(403);
        assertThat(Api.get("/api/v1/dashboard", KeycloakTokens.accessToken("national-reviewer")).status()).isEqualTo(403);
    }

    @Test
    void aYearOutOfRangeIsRefused() {
        var refused = Api.call("GET", "/api/v1/dashboard?year=12", KeycloakTokens.accessToken("thanh-hoa-viewer"), null, "vi");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("year");
        assertThat(refused.json().path("errors").get(0).path("message").asString()).as("in Vietnamese").contains("1990");
    }

    /** The JSON as text holds it (numbers as small as they fit), to compare with JSON read from text. */
    private static JsonNode tree(Object value) {
        return JSON.readTree(JSON.writeValueAsString(value));
    }

    private static int nationalEventsOf2019(String token) {
        return Api.get("/api/v1/national/dashboard?year=2019", token).json().path("figures").path("events").asInt();
    }

    /** Polls a dashboard until it shows what is expected; a change must show within five seconds. */
    private static JsonNode awaitDashboard(String path, String token, Predicate<JsonNode> expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        JsonNode dashboard;
        do {
            dashboard = Api.get(path, token).json();
            if (expected.test(dashboard)) {
                return dashboard;
            }
            sleep();
        } while (System.nanoTime() < deadline);
        throw new AssertionError("The dashboard did not follow within 5 s: " + dashboard.path("figures"));
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The key a dashboard is served from now: its generations as Redis holds them. */
    private String provinceKey(UUID tenant, int year) {
        return "vusta:dashboard:tenant:" + tenant + ":" + year + ":" + VietnamTime.today() + ":"
                + generation("vusta:dashboard:generation:tenant:" + tenant) + ":" + generation("vusta:dashboard:generation:calendar");
    }

    private String generation(String counter) {
        return Objects.requireNonNullElse(redis.opsForValue().get(counter), "0");
    }

    private <T> T inTenant(UUID id, java.util.concurrent.Callable<T> work) throws Exception {
        var tenant = tenants.all().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
        return ScopedValue.where(AccessScope.CURRENT, new AccessScope.TenantAccess(tenant)).call(work::call);
    }
}
