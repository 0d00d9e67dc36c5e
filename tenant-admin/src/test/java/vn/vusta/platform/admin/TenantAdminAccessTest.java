package vn.vusta.platform.admin;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import vn.vusta.platform.deploy.LocalCredentials;
import vn.vusta.platform.deploy.test.Browser;
import vn.vusta.platform.deploy.test.KeycloakTokens;
import vn.vusta.platform.deploy.test.RealServices;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** tenant-admin is for platform administrators only, behind the same Keycloak login as platform-api. */
@RealServices
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = "server.port=${vusta.test.tenant-admin.port}")
class TenantAdminAccessTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aPlatformAdministratorReadsTheTenants() throws Exception {
        var response = get("/api/v1/tenants", KeycloakTokens.accessToken("platform-admin"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"code\":\"thanh-hoa\"", "\"code\":\"hai-phong\"", "\"code\":\"hung-yen\"");
    }

    @Test
    void everyoneElseIsRefused() throws Exception {
        for (String user : new String[]{"thanh-hoa-admin", "national-reviewer", "hai-phong-editor"}) {
            assertThat(get("/api/v1/tenants", KeycloakTokens.accessToken(user)).statusCode()).as(user).isEqualTo(403);
        }
        assertThat(get("/api/v1/tenants", null).statusCode()).isEqualTo(401);
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
    void aProvincialAdministratorIsShownTheDoor() {
        inBrowser((browser, wait) -> {
            logIn(browser, wait, "thanh-hoa-admin");
            assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("denied-reason"))).getText())
                    .contains("chỉ dành cho quản trị viên nền tảng");
        });
    }

    private static void inBrowser(java.util.function.BiConsumer<ChromeDriver, WebDriverWait> steps) {
        ChromeDriver browser = Browser.start("vi-VN,vi");
        try {
            steps.accept(browser, new WebDriverWait(browser, Duration.ofSeconds(30)));
        } finally {
            browser.quit();
        }
    }

    private static void logIn(ChromeDriver browser, WebDriverWait wait, String username) {
        browser.get(baseUrl() + "/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-form-login")));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(LocalCredentials.DEMO_PASSWORD);
        browser.findElement(By.id("kc-login")).click();
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
