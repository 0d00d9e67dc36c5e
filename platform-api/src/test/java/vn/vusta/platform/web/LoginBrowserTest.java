package vn.vusta.platform.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.data.redis.core.StringRedisTemplate;
import vn.vusta.platform.Api;
import vn.vusta.platform.DemoTenants;
import vn.vusta.platform.PlatformApiApplication;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.LocalCredentials;
import vn.vusta.platform.deploy.test.Browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import vn.vusta.platform.deploy.test.KeycloakLogin;

import static org.assertj.core.api.Assertions.assertThat;

/** Logging in through Keycloak's own page in headless Chromium, as the users of the demo would. */
@PlatformApiTest
class LoginBrowserTest {

    @Autowired
    StringRedisTemplate redis;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start("vi-VN,vi");
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        try {
            assertThat(Browser.cspViolations(browser)).as("what the browser refused under the Content-Security-Policy").isEmpty();
        } finally {
            browser.quit();
        }
    }

    @Test
    void aThanhHoaEditorLandsOnTheVietnameseWorkspaceOfTheirProvince() {
        logIn("thanh-hoa-editor");
        wait.until(ExpectedConditions.urlContains("/workspace"));
        assertThat(text("tenant-name")).isEqualTo(DemoTenants.THANH_HOA_NAME);
        assertThat(text("workspace-title")).isEqualTo(DemoTenants.THANH_HOA_NAME);
        assertThat(text("user-name")).isEqualTo("Hoàng Thị Hương");
        assertThat(text("user-roles")).isEqualTo("Biên tập viên");
        assertThat(text("main-nav")).contains("Không gian làm việc").doesNotContain("Các Liên hiệp hội");
        // Vietnamese figures: thousands grouped with dots, dates dd/MM/yyyy.
        assertThat(text("member-total")).isEqualTo("23.628");
        assertThat(text("member-change")).isEqualTo("+114");
        assertThat(text("member-census")).contains("Hội viên tại ngày 30/06/2021");
        assertThat(text("units")).contains("Hội Làm vườn tỉnh Thanh Hóa").doesNotContain("Hải Phòng");
        // The session lives in Redis, where any instance of platform-api finds it.
        assertThat(redis.keys("vusta:platform-api:session:sessions:*")).isNotEmpty();
        assertThat(workspaceSeenByASecondInstance(browser.manage().getCookieNamed("VUSTA_SESSION").getValue()))
                .contains(DemoTenants.THANH_HOA_NAME);

        browser.get(Api.baseUrl() + "/workspace?lang=en");
        assertThat(text("main-nav")).contains("Workspace");
        assertThat(text("member-total")).isEqualTo("23,628");
        browser.get(Api.baseUrl() + "/workspace?lang=vi");

        browser.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-form-login")));
    }

    @Test
    void aNationalReviewerLandsOnTheListOfAllTenants() {
        logIn("national-reviewer");
        wait.until(ExpectedConditions.urlContains("/national/tenants"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Các Liên hiệp hội trên nền tảng");
        List<WebElement> rows = browser.findElements(By.cssSelector("#tenants tbody tr"));
        assertThat(rows).extracting(WebElement::getText).anySatisfy(row -> assertThat(row).contains("Thanh Hóa"))
                .anySatisfy(row -> assertThat(row).contains("Hải Phòng"))
                .anySatisfy(row -> assertThat(row).contains("Hưng Yên"));
        assertThat(browser.findElements(By.id("tenant-name"))).isEmpty();
        assertThat(text("user-roles")).isEqualTo("Thẩm định cấp quốc gia");
        // A reviewer has no workspace of a province.
        browser.get(Api.baseUrl() + "/workspace");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Không có quyền truy cập");
    }

    @Test
    void aUnionAdministratorSeesTheUsersAndTheAuditLogOfTheirUnion() {
        logIn("thanh-hoa-admin");
        wait.until(ExpectedConditions.urlContains("/workspace"));
        assertThat(text("main-nav")).contains("Người dùng", "Nhật ký thay đổi");
        browser.findElement(By.linkText("Người dùng")).click();
        String editorRow = text("user-thanh-hoa-editor");
        assertThat(editorRow).contains("editor@thanh-hoa.demo.vusta.local", "Đang dùng");
        assertThat(browser.findElement(By.cssSelector("#user-thanh-hoa-editor input[value=tenant-editor]")).isSelected()).isTrue();
        assertThat(browser.findElement(By.cssSelector("#user-thanh-hoa-editor input[value=tenant-admin]")).isSelected()).isFalse();
        assertThat(text("users")).doesNotContain("hai-phong");
        browser.findElement(By.linkText("Nhật ký thay đổi")).click();
        // Refused attempts on the union's accounts name whoever tried, from any union, so the page is read by action:
        // the union's first entry, which hundreds of entries of other tests may push off the first page.
        assertThat(text("audit")).contains("Thời điểm", "Thao tác");
        browser.get(Api.baseUrl() + "/workspace/audit?action=tenant.seeded");
        assertThat(text("audit")).as("the action in words").contains("Nạp dữ liệu mẫu").doesNotContain("tenant.seeded", "hai-phong");
    }

    @Test
    void aUserOfAnUnknownTenantIsToldSo() {
        logIn("ghost-editor");
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("denied-reason"))).getText())
                .isEqualTo("Liên hiệp hội \"ghost\" không tồn tại trên nền tảng.");
    }

    /** Starts another platform-api and asks it for the workspace with the session cookie the first one set. */
    private static String workspaceSeenByASecondInstance(String session) {
        try (var second = new SpringApplicationBuilder(PlatformApiApplication.class).run("--server.port=0")) {
            String port = second.getEnvironment().getProperty("local.server.port");
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/workspace"))
                    .header("Cookie", "VUSTA_SESSION=" + session).build();
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void logIn(String username) {
        browser.get(Api.baseUrl() + "/");
        KeycloakLogin.signIn(browser, username, LocalCredentials.DEMO_PASSWORD);
    }

    private String text(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id))).getText().strip();
    }
}
