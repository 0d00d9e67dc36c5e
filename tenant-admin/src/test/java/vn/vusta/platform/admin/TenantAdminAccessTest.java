package vn.vusta.platform.admin;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.vusta.platform.TenantAdminTest;
import vn.vusta.platform.deploy.LocalCredentials;
import vn.vusta.platform.deploy.test.KeycloakTokens;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vusta.platform.admin.AdminTestSupport.inBrowser;

/** tenant-admin is for platform administrators only, behind the same Keycloak login as platform-api. */
@TenantAdminTest
class TenantAdminAccessTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aPlatformAdministratorReadsTheTenants() throws Exception {
        var response = get("/api/v1/tenants", KeycloakTokens.accessToken("platform-admin"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"code\":\"thanh-hoa\"", "\"code\":\"hai-phong\"", "\"code\":\"hung-yen\"");
    }

    /** Every route of the application, read from its request mappings: routes added later are covered too. */
    @Test
    void everyRouteRefusesEveryoneButPlatformAdministrators() throws Exception {
        var paths = new java.util.TreeSet<String>();
        mappings.getHandlerMethods().keySet().forEach(info -> paths.addAll(info.getPatternValues()));
        // The pages that explain a refusal (denied, a stale form) are open to all: they hold nothing.
        paths.removeIf(path -> path.equals("/error") || path.equals("/denied") || path.equals("/stale"));
        assertThat(paths).contains("/", "/audit", "/api/v1/tenants", "/api/v1/audit");
        for (String path : paths) {
            String concrete = path.replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000");
            if (concrete.startsWith("/api/")) {
                for (String user : new String[]{"thanh-hoa-admin", "national-reviewer", "hai-phong-editor"}) {
                    assertThat(get(concrete, KeycloakTokens.accessToken(user)).statusCode()).as(user + " " + path).isEqualTo(403);
                }
                assertThat(get(concrete, null).statusCode()).as("anonymous " + path).isEqualTo(401);
            } else {
                var anonymous = get(concrete, null);
                assertThat(anonymous.statusCode()).as("anonymous " + path).isEqualTo(302);
                assertThat(anonymous.headers().firstValue("Location").orElse("")).contains("/oauth2/authorization/keycloak");
            }
        }
    }

    @Test
    void aPlatformAdministratorReadsTheAuditLogOfEveryTenantFiltered() throws Exception {
        String token = KeycloakTokens.accessToken("platform-admin");
        var all = get("/api/v1/audit?action=tenant.seeded", token);
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.body()).contains("\"objectId\":\"thanh-hoa\"", "\"objectId\":\"hai-phong\"", "\"objectId\":\"hung-yen\"");
        var haiPhong = get("/api/v1/audit?tenant=hai-phong&action=tenant.seeded", token);
        assertThat(haiPhong.body()).contains("\"objectId\":\"hai-phong\"").doesNotContain("thanh-hoa", "hung-yen");
        assertThat(get("/api/v1/audit?tenant=no-such-union", token).body()).isEqualTo("[]");
    }

    @Test
    void aPlatformAdministratorLogsInThroughKeycloakAndSeesTheTenants() {
        inBrowser((browser, wait) -> {
            logIn(browser, wait, "platform-admin");
            assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tenants"))).getText())
                    .contains("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thanh Hóa");
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Các Liên hiệp hội (tenant)");
        });
    }

    @Test
    void everyPageOfAnAdministratorRendersInVietnamese() {
        inBrowser((browser, wait) -> {
            logIn(browser, wait, "platform-admin");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tenants")));
            var pages = java.util.Map.of(
                    "/audit", "Nhật ký thay đổi",
                    "/tenants/new", "Khởi tạo Liên hiệp hội",
                    "/tenants/hung-yen/restore", "Khôi phục từ bản xuất",
                    "/tenants/hung-yen/delete", "Xoá Liên hiệp hội",
                    "/tenants/hai-phong/merge", "Hợp nhất Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Hải Phòng vào");
            pages.forEach((path, heading) -> {
                browser.get(baseUrl() + path);
                assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1"))).getText()).as(path).isEqualTo(heading);
            });
            assertThat(browser.findElement(By.id("nav-audit")).getText()).isEqualTo("Nhật ký thay đổi");
            // A dry run on the page: Thanh Hóa did not join Hải Phòng in 2025.
            browser.get(baseUrl() + "/tenants/thanh-hoa/merge?into=hai-phong");
            assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("failure"))).getText())
                    .contains("không thuộc");
            browser.get(baseUrl() + "/audit?tenant=thanh-hoa&action=tenant.seeded");
            // In words (issue 17): the action and the union named, not their codes.
            assertThat(browser.findElement(By.id("audit")).getText())
                    .contains("Nạp dữ liệu mẫu", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thanh Hóa")
                    .doesNotContain("tenant.seeded", "Hải Phòng");
        });
    }

    @Test
    void aProvincialAdministratorIsShownTheDoor() {
        inBrowser((browser, wait) -> {
            logIn(browser, wait, "thanh-hoa-admin");
            assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("denied-reason"))).getText())
                    .contains("chỉ dành cho quản trị viên nền tảng");
        });
    }

    private static void logIn(ChromeDriver browser, WebDriverWait wait, String username) {
        AdminTestSupport.logIn(browser, wait, username, LocalCredentials.DEMO_PASSWORD);
    }

    private static HttpResponse<String> get(String path, String token) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(baseUrl() + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String baseUrl() {
        return "http://127.0.0.1:" + System.getProperty("vusta.test.tenant-admin.port");
    }
}
