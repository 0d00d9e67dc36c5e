package vn.vusta.platform.admin;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.vusta.platform.TenantAdminTest;
import vn.vusta.platform.deploy.LocalCredentials;
import vn.vusta.platform.deploy.test.KeycloakTokens;
import vn.vusta.platform.deploy.test.TestStack;
import vn.vusta.platform.identity.KeycloakAdmin;
import vn.vusta.platform.lifecycle.OnboardingResult;
import vn.vusta.platform.lifecycle.TenantOnboarding;
import vn.vusta.platform.tenancy.Tenants;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vusta.platform.admin.AdminTestSupport.inBrowser;
import static vn.vusta.platform.admin.AdminTestSupport.logIn;
import static vn.vusta.platform.admin.AdminTestSupport.onboard;

/** Deleting a tenant: confirmed by its code, its data and Keycloak users gone, the audit log remembering it. */
@TenantAdminTest
class TenantDeletionTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    TenantOnboarding onboarding;
    @Autowired
    Tenants tenants;
    @Autowired
    KeycloakAdmin keycloak;
    @Value("${vusta.files.directory}")
    Path filesDirectory;

    @Test
    void deletingRemovesTheTenantsFilesAndThePersonalDataOfItsAuditEntriesAndSaysWhat() throws Exception {
        UUID tenant = onboard(onboarding, "tien-giang", "82", "admin@tiengiang.example.vn").tenant().id();
        // A stored file (an event's photo, say): its row and its bytes in the storage.
        String key = tenant + "/" + UUID.randomUUID();
        byte[] bytes = "ảnh hội thảo".getBytes(StandardCharsets.UTF_8);
        Path stored = filesDirectory.resolve(key);
        Files.createDirectories(stored.getParent());
        Files.write(stored, bytes);
        AdminTestSupport.sql(tenant, "insert into stored_file (tenant_id, name, content_type, size_bytes, sha256, storage_key, uploaded_by) "
                + "values ('" + tenant + "', 'hoi-thao.jpg', 'image/jpeg', " + bytes.length + ", '" + "ab".repeat(32) + "', '" + key
                + "', 'editor@tiengiang.example.vn')");
        // What the log held of a member: their name, phone and e-mail.
        UUID member = UUID.randomUUID();
        AdminTestSupport.sql(tenant, "insert into audit_event (tenant_id, actor, action, object_type, object_id, before, after) values ('"
                + tenant + "', 'editor@tiengiang.example.vn', 'member.updated', 'member', '" + member + "', "
                + "'{\"id\": \"" + member + "\", \"full_name\": \"Nguyễn Thị Hoa\", \"phone\": \"0912 345 678\", \"status\": \"ACTIVE\"}', "
                + "'{\"id\": \"" + member + "\", \"full_name\": \"Nguyễn Thị Hoa\", \"email\": \"hoa@tiengiang.example.vn\", "
                + "\"status\": \"ACTIVE\", \"updated_at\": \"2026-01-02T03:04:05Z\"}')");
        String admin = KeycloakTokens.accessToken("platform-admin");

        var deleted = call("DELETE", "/api/v1/tenants/tien-giang?confirm=tien-giang", admin);
        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(200);
        JsonNode answer = JSON.readTree(deleted.body());
        assertThat(answer.path("files").toString()).isEqualTo("{\"removed\":1,\"bytes\":" + bytes.length + ",\"notRemoved\":0}");
        assertThat(answer.path("auditEntriesErased").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(stored).as("the file's bytes are gone from the storage").doesNotExist();

        // Who did what, when, to which record stays; what the entries said of people does not.
        String details = AdminTestSupport.single(tenant, "select string_agg(coalesce(before::text, '') || coalesce(after::text, ''), ' ') from audit_event");
        assertThat(details).doesNotContain("Nguyễn Thị Hoa", "0912 345 678", "hoa@tiengiang.example.vn", "admin@tiengiang.example.vn");
        assertThat(AdminTestSupport.single(tenant, "select actor || ' ' || action || ' ' || object_id || ' ' || after::text "
                + "from audit_event where action = 'member.updated'"))
                .isEqualTo("editor@tiengiang.example.vn member.updated " + member + " {\"id\": \"" + member
                        + "\", \"status\": \"ACTIVE\", \"updated_at\": \"2026-01-02T03:04:05Z\"}");
        assertThat(AdminTestSupport.single(tenant, "select string_agg(action, ',' order by action) from audit_event "
                + "where action in ('tenant.onboarded', 'user.deleted-with-tenant', 'tenant.deleted')"))
                .isEqualTo("tenant.deleted,tenant.onboarded,user.deleted-with-tenant");
        assertThat(AdminTestSupport.single(tenant, "select before -> 'files' ->> 'count' from audit_event where action = 'tenant.deleted'"))
                .isEqualTo("1");
    }

    @Test
    void deletingNeedsTheCodeAndRemovesDataAndUsersButNotTheAuditRecord() throws Exception {
        OnboardingResult onboarded = onboard(onboarding, "bac-ninh", "24", "admin@bacninh.example.vn");
        UUID tenant = onboarded.tenant().id();
        addAUnitWithACensus(tenant);
        String admin = KeycloakTokens.accessToken("platform-admin");

        var unconfirmed = call("DELETE", "/api/v1/tenants/bac-ninh?confirm=bac-nin", admin);
        assertThat(unconfirmed.statusCode()).isEqualTo(400);
        JsonNode problem = JSON.readTree(unconfirmed.body());
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("confirm");
        assertThat(problem.path("errors").get(0).path("message").asString())
                .isEqualTo("Hãy gõ đúng mã \"bac-ninh\" để xác nhận việc xoá.");
        assertThat(tenants.findByCode("bac-ninh")).isPresent();
        assertThat(keycloak.findOrganization("bac-ninh")).isPresent();

        var deleted = call("DELETE", "/api/v1/tenants/bac-ninh?confirm=bac-ninh", admin);
        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(200);
        assertThat(JSON.readTree(deleted.body()).path("rows").toString()).contains("\"unit\":1", "\"member_census\":1");
        assertThat(tenants.findByCode("bac-ninh")).isEmpty();
        assertThat(rowsOf(tenant, "unit")).isZero();
        assertThat(rowsOf(tenant, "member_census")).isZero();
        assertThat(keycloak.findOrganization("bac-ninh")).isEmpty();
        assertThat(usersWithEmail("admin@bacninh.example.vn")).isZero();

        String audit = call("GET", "/api/v1/audit?action=tenant.&limit=500", admin).body();
        assertThat(audit).contains("\"action\":\"tenant.deleted\"", "\"objectId\":\"bac-ninh\"", "\"action\":\"tenant.onboarded\"");
        assertThat(call("DELETE", "/api/v1/tenants/bac-ninh?confirm=bac-ninh", admin).statusCode()).isEqualTo(404);
    }

    @Test
    void anAccountThatAlsoBelongsToAnotherUnionOrToThePlatformSurvivesTheDeletion() throws Exception {
        onboard(onboarding, "phu-yen", "54", "admin@phuyen.example.vn");
        onboard(onboarding, "dak-lak", "66", "admin@daklak.example.vn");
        // Keycloak lets an account be a member of two organizations, and a platform account be in one: Đắk Lắk's
        // administrator and a national reviewer are made members of Phú Yên's organization too.
        KeycloakAccounts.addToOrganization("phu-yen", KeycloakAccounts.userId("admin@daklak.example.vn").orElseThrow());
        String reviewer = KeycloakAccounts.createUser("reviewer@phuyen.example.vn", "Thẩm định", "Người", "national-reviewer");
        KeycloakAccounts.addToOrganization("phu-yen", reviewer);
        var dakLakBefore = KeycloakAccounts.state("admin@daklak.example.vn");
        assertThat(dakLakBefore.organizations()).containsExactlyInAnyOrder("phu-yen", "dak-lak");
        assertThat(dakLakBefore.roles()).contains("tenant-admin");
        String admin = KeycloakTokens.accessToken("platform-admin");
        String phuYenAdmin = KeycloakAccounts.userId("admin@phuyen.example.vn").orElseThrow();
        String dakLakAdmin = KeycloakAccounts.userId("admin@daklak.example.vn").orElseThrow();

        var deleted = call("DELETE", "/api/v1/tenants/phu-yen?confirm=phu-yen", admin);
        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(200);

        // Keycloak after: only Phú Yên's own account is gone; Đắk Lắk's administrator still administers Đắk Lắk.
        assertThat(KeycloakAccounts.state("admin@phuyen.example.vn").exists()).isFalse();
        assertThat(KeycloakAccounts.state("admin@daklak.example.vn"))
                .isEqualTo(new KeycloakAccounts.State(true, java.util.Set.of("dak-lak"), dakLakBefore.roles()));
        assertThat(KeycloakAccounts.state("reviewer@phuyen.example.vn"))
                .isEqualTo(new KeycloakAccounts.State(true, java.util.Set.of(), java.util.Set.of("national-reviewer")));
        KeycloakAccounts.setPassword("admin@daklak.example.vn", "Dak-Lak@2026-quan-tri");
        JsonNode claims = KeycloakAccounts.claims(KeycloakTokens.accessToken(TestStack.current().keycloakUrl(),
                "admin@daklak.example.vn", "Dak-Lak@2026-quan-tri"));
        assertThat(claims.path("organization").toString()).isEqualTo("[\"dak-lak\"]");
        assertThat(claims.path("realm_access").path("roles").toString()).contains("\"tenant-admin\"");

        // The answer says what became of each account.
        var fates = new java.util.TreeMap<String, String>();
        JSON.readTree(deleted.body()).path("users").forEach(u -> fates.put(u.path("email").asString(), u.path("fate").asString()));
        assertThat(fates).containsExactlyEntriesOf(new java.util.TreeMap<>(java.util.Map.of(
                "admin@phuyen.example.vn", "DELETED",
                "admin@daklak.example.vn", "REMOVED_FROM_ORGANIZATION",
                "reviewer@phuyen.example.vn", "REMOVED_FROM_ORGANIZATION")));

        // Audited: in the deleted union's log (it outlives the union, by account id: its personal data is removed),
        // and in Đắk Lắk's, which keeps the account.
        JsonNode userEntries = JSON.readTree(call("GET", "/api/v1/audit?action=user.&limit=500", admin).body());
        assertThat(actionsAbout(userEntries, phuYenAdmin)).contains("user.deleted-with-tenant");
        assertThat(actionsAbout(userEntries, dakLakAdmin)).containsOnly("user.removed-from-organization");
        assertThat(actionsAbout(userEntries, reviewer)).containsOnly("user.removed-from-organization");
        JsonNode dakLakLog = JSON.readTree(call("GET", "/api/v1/audit?tenant=dak-lak&action=user.&limit=50", admin).body());
        assertThat(actionsAbout(dakLakLog, dakLakAdmin)).containsExactly("user.removed-from-organization");
        JsonNode entry = dakLakLog.get(0);
        assertThat(JSON.readTree(entry.path("before").asString()).path("organizations").toString()).isEqualTo("[\"phu-yen\",\"dak-lak\"]");
        assertThat(JSON.readTree(entry.path("after").asString()).path("organizations").toString()).isEqualTo("[\"dak-lak\"]");
        assertThat(entry.path("actor").asString()).isEqualTo("platform-admin");
    }

    /** The actions of the entries about the account with this id that say what it was before. */
    private static java.util.List<String> actionsAbout(JsonNode entries, String userId) {
        var actions = new java.util.ArrayList<String>();
        entries.forEach(e -> {
            if (userId.equals(e.path("objectId").asString()) && !e.path("before").isNull() && !e.path("before").isMissingNode()) {
                actions.add(e.path("action").asString());
            }
        });
        return actions;
    }

    @Test
    void anAdministratorDeletesFromThePageByTypingTheCode() throws Exception {
        UUID tenant = onboard(onboarding, "yen-bai", "15", "admin@yenbai.example.vn").tenant().id();
        addAUnitWithACensus(tenant);
        inBrowser((browser, wait) -> {
            logIn(browser, wait, "platform-admin", LocalCredentials.DEMO_PASSWORD);
            wait.until(ExpectedConditions.elementToBeClickable(By.id("delete-yen-bai"))).click();
            assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("main"))).getText())
                    .contains("Xoá Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Yên Bái: toàn bộ dữ liệu", "Gõ mã yen-bai để xác nhận",
                            "Chỉ tài khoản thuộc riêng Liên hiệp hội này bị xoá");
            assertThat(browser.findElement(By.id("accounts")).getText())
                    .isEqualTo("Người Quản trị (admin@yenbai.example.vn): tài khoản sẽ bị xoá cùng Liên hiệp hội.");

            browser.findElement(By.id("confirm")).sendKeys("yen-ba");
            browser.findElement(By.id("delete")).click();
            assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("failure"))).getText())
                    .isEqualTo("Hãy gõ đúng mã \"yen-bai\" để xác nhận việc xoá.");
            assertThat(tenants.findByCode("yen-bai")).as("a wrong code deletes nothing").isPresent();

            browser.findElement(By.id("confirm")).sendKeys("yen-bai");
            browser.findElement(By.id("delete")).click();
            assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notice"))).getText())
                    .isEqualTo("Đã xoá Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Yên Bái.");
            assertThat(browser.findElement(By.id("accounts")).getText())
                    .isEqualTo("Người Quản trị (admin@yenbai.example.vn): tài khoản đã xoá cùng Liên hiệp hội.");
            assertThat(browser.findElement(By.id("removed")).getText()).startsWith("Đã xoá ")
                    .contains("unit: 1", "member_census: 1", ", 0 tệp đính kèm (0 KB); ",
                            "mục nhật ký đã bỏ thông tin cá nhân (giữ ai làm gì, khi nào).");
            assertThat(browser.findElement(By.id("tenants")).getText()).doesNotContain("yen-bai");
        });
        assertThat(tenants.findByCode("yen-bai")).isEmpty();
        assertThat(rowsOf(tenant, "unit")).isZero();
        assertThat(keycloak.findOrganization("yen-bai")).isEmpty();
    }

    @Test
    void theCommandLineDeletesOnlyWhenConfirmed() throws Exception {
        onboard(onboarding, "lang-son", "20", "admin@langson.example.vn");
        var unconfirmed = CommandLineRun.of("tenants", "delete", "lang-son");
        assertThat(unconfirmed.exitCode()).isEqualTo(2);
        assertThat(unconfirmed.output()).contains("--confirm=lang-son");
        assertThat(tenants.findByCode("lang-son")).isPresent();
        var confirmed = CommandLineRun.of("tenants", "delete", "lang-son", "--confirm=lang-son");
        assertThat(confirmed.exitCode()).as(confirmed.output()).isZero();
        assertThat(confirmed.output()).contains("Đã xoá Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lạng Sơn (lang-son)",
                "0 tệp đính kèm (0 KB)", "mục nhật ký đã bỏ thông tin cá nhân").doesNotContain("Exception");
        assertThat(tenants.findByCode("lang-son")).isEmpty();
    }

    private static void addAUnitWithACensus(UUID tenant) throws Exception {
        try (var c = DriverManager.getConnection(TestStack.current().postgres().jdbcUrl(),
                LocalCredentials.OWNER_ROLE, LocalCredentials.OWNER_PASSWORD)) {
            c.setAutoCommit(false);
            c.createStatement().execute("select begin_tenant_scope('" + tenant + "')");
            c.createStatement().execute("insert into unit (tenant_id, id, name, kind) values ('" + tenant
                    + "', '" + tenant + "', 'Hội Làm vườn', 'MEMBER_ASSOCIATION')");
            c.createStatement().execute("insert into member_census (tenant_id, unit_id, as_of, member_count) values ('"
                    + tenant + "', '" + tenant + "', '2025-06-30', 1200)");
            c.commit();
        }
    }

    private static long rowsOf(UUID tenant, String table) throws Exception {
        try (var c = DriverManager.getConnection(TestStack.current().postgres().jdbcUrl(),
                LocalCredentials.OWNER_ROLE, LocalCredentials.OWNER_PASSWORD)) {
            c.setAutoCommit(false);
            c.createStatement().execute("select begin_tenant_scope('" + tenant + "')");
            try (var rs = c.createStatement().executeQuery("select count(*) from " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static int usersWithEmail(String email) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(TestStack.current().keycloakUrl() + "/admin/realms/vusta/users?exact=true&email="
                + URLEncoder.encode(email, StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + KeycloakTokens.adminToken()).build();
        return JSON.readTree(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body()).size();
    }

    private static HttpResponse<String> call(String method, String path, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + System.getProperty("vusta.test.tenant-admin.port") + path))
                .header("Authorization", "Bearer " + token)
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }
}
