package vn.vusta.platform.admin;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.vusta.platform.TenantAdminTest;
import vn.vusta.platform.deploy.LocalCredentials;
import vn.vusta.platform.deploy.test.KeycloakTokens;
import vn.vusta.platform.lifecycle.TenantOnboarding;
import vn.vusta.platform.tenancy.TenantStatus;
import vn.vusta.platform.tenancy.Tenants;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vusta.platform.admin.AdminTestSupport.asPlatformAdmin;
import static vn.vusta.platform.admin.AdminTestSupport.baseUrl;
import static vn.vusta.platform.admin.AdminTestSupport.inBrowser;
import static vn.vusta.platform.admin.AdminTestSupport.logIn;
import static vn.vusta.platform.admin.AdminTestSupport.onboard;
import static vn.vusta.platform.admin.AdminTestSupport.owner;
import static vn.vusta.platform.admin.AdminTestSupport.sql;

/**
 * Tenant operations that do not happen say so: every refusal and failure is in the audit log with its reason, even
 * when the operation's transaction was rolled back; a stale form is a Vietnamese page with the platform's styles.
 */
@TenantAdminTest
class RefusedOperationsTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    TenantOnboarding onboarding;
    @Autowired
    Tenants tenants;

    @Test
    void everyRefusedOrFailedOperationIsAuditedWithItsReason() throws Exception {
        // A merge refused inside its transaction (a clash found before writing): rolled back, its entry kept.
        UUID source = onboard(onboarding, "binh-phuoc", "70", "admin@binhphuoc.example.vn").tenant().id();
        UUID target = onboard(onboarding, "dong-nai", "75", "admin@dongnai.example.vn").tenant().id();
        sql(target, "insert into unit (tenant_id, name, kind) values ('" + target + "', 'Hội Cao su', 'MEMBER_ASSOCIATION'), ('"
                + target + "', 'Hội Cao su (Bình Phước)', 'MEMBER_ASSOCIATION')");
        sql(source, "insert into unit (tenant_id, name, kind) values ('" + source + "', 'Hội Cao su', 'MEMBER_ASSOCIATION')");
        assertThat(asPlatformAdmin("POST", "/api/v1/tenants/binh-phuoc/merge?into=dong-nai").statusCode()).isEqualTo(409);
        JsonNode merge = newest("binh-phuoc", "tenant.merge-refused");
        assertThat(merge.path("actor").asString()).isEqualTo("platform-admin");
        JsonNode reason = JSON.readTree(merge.path("after").asString());
        assertThat(reason.path("reason").asString()).isEqualTo("merge.clash.target");
        assertThat(reason.path("message").asString()).contains("Hội Cao su (Bình Phước)", "unit_name_key");
        assertThat(tenants.findByCode("binh-phuoc").orElseThrow().status()).isEqualTo(TenantStatus.ACTIVE);

        // A merge refused before it began, a deletion not confirmed.
        assertThat(asPlatformAdmin("POST", "/api/v1/tenants/thanh-hoa/merge?into=hai-phong").statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(newest("thanh-hoa", "tenant.merge-refused").path("after").asString()).path("reason").asString())
                .isEqualTo("merge.not.part");
        assertThat(asPlatformAdmin("DELETE", "/api/v1/tenants/dong-nai?confirm=dong-na").statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(newest("dong-nai", "tenant.deletion-refused").path("after").asString()).path("message").asString())
                .isEqualTo("Hãy gõ đúng mã \"dong-nai\" để xác nhận việc xoá.");

        // Without a tenant to log it under, in the national log: a suspension of an unknown code, a refused code.
        assertThat(asPlatformAdmin("POST", "/api/v1/tenants/khong-co/suspension").statusCode()).isEqualTo(404);
        assertThat(national("khong-co")).isEqualTo("platform-admin tenant.suspension-refused tenant.unknown");
        String body = JSON.writeValueAsString(Map.of("code", "tien-", "name", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Tiền Giang",
                "provinceCode", "82", "adminEmail", "a@tiengiang.example.vn", "adminFirstName", "An", "adminLastName", "Nguyễn"));
        var refused = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/tenants"))
                .header("Authorization", "Bearer " + KeycloakTokens.accessToken("platform-admin"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(national("tien-")).startsWith("platform-admin tenant.onboarding-refused ");
    }

    @Test
    // A union of its own: the demo unions' deletion pages depend on what earlier tests did to them.
    void aStaleFormIsAVietnamesePageWithTheStylesAndDoesNothing() {
        onboard(onboarding, "lam-dong", "68", "admin@lamdong.example.vn");
        inBrowser((browser, wait) -> {
            logIn(browser, wait, "platform-admin", LocalCredentials.DEMO_PASSWORD);
            browser.get(baseUrl() + "/tenants/lam-dong/delete");
            // The session's token changed since the form was made (as after an expiry and a new sign-in).
            // Every form of the page, the header's sign-out included, carries the old token.
            browser.executeScript("document.querySelectorAll('input[name=_csrf]').forEach(i => i.value = 'stale-token')");
            browser.findElement(By.id("confirm")).sendKeys("lam-don");
            browser.findElement(By.id("delete")).click();

            assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("stale"))).getText())
                    .contains("Biểu mẫu đã cũ", "chưa có gì được thực hiện", "Hãy mở lại trang rồi thử lại.");
            assertThat(browser.findElement(By.id("again")).getDomAttribute("href")).isEqualTo("/tenants/lam-dong/delete");
            assertThat(browser.getPageSource()).doesNotContain("\"status\"").doesNotContain("Method Not Allowed");
            assertThat(browser.executeScript("return getComputedStyle(document.querySelector('.alert')).paddingTop"))
                    .as("Bootstrap's styles are loaded").isNotEqualTo("0px");
        });
        assertThat(tenants.findByCode("lam-dong")).isPresent();
    }

    /** The newest entry of this action in the tenant's log. */
    private static JsonNode newest(String tenant, String action) throws Exception {
        JsonNode entries = JSON.readTree(asPlatformAdmin("GET", "/api/v1/audit?tenant=" + tenant + "&action=" + action).body());
        assertThat(entries).as(action + " in " + tenant).isNotEmpty();
        return entries.get(0);
    }

    /** Actor, action and reason of the national log's entry about this code. */
    private static String national(String code) throws Exception {
        try (Connection c = owner()) {
            c.setAutoCommit(false);
            c.createStatement().execute("select begin_national_scope()");
            try (var rs = c.createStatement().executeQuery("select actor || ' ' || action || ' ' || (after ->> 'reason') "
                    + "from national_audit_event where object_type = 'tenant' and object_id = '" + code + "'")) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
