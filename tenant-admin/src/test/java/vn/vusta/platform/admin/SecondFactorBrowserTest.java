package vn.vusta.platform.admin;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.vusta.platform.TenantAdminTest;
import vn.vusta.platform.deploy.LocalCredentials;
import vn.vusta.platform.deploy.test.Browser;
import vn.vusta.platform.deploy.test.KeycloakLogin;
import vn.vusta.platform.deploy.test.KeycloakTokens;
import vn.vusta.platform.deploy.test.OneTimeCodes;
import vn.vusta.platform.deploy.test.TestStack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vusta.platform.admin.AdminTestSupport.baseUrl;

/** A platform administrator reaches tenant-admin only with the one-time code of their authenticator. */
@TenantAdminTest
class SecondFactorBrowserTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void withoutTheCodeAPlatformAdministratorIsNotIn() {
        WebDriver browser = Browser.start("vi");
        try {
            var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get(baseUrl() + "/");
            passwordOnly(browser, wait, "platform-admin", LocalCredentials.DEMO_PASSWORD);

            // The password alone leads to the code, not to tenant-admin.
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-otp-login-form")));
            assertThat(browser.findElement(By.cssSelector("label[for=otp]")).getText()).contains("Mã một lần");
            browser.findElement(By.id("otp")).sendKeys(wrongCode());
            browser.findElement(By.id("kc-login")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Mã xác thực không hợp lệ."));
            assertThat(browser.getCurrentUrl()).startsWith(TestStack.current().keycloakUrl());

            browser.get(baseUrl() + "/");
            wait.until(ExpectedConditions.urlContains(TestStack.current().keycloakUrl()));
            assertThat(browser.findElements(By.id("suspend-hung-yen"))).isEmpty();

            // The right code: in.
            if (!browser.findElements(By.id("kc-form-login")).isEmpty()) {
                passwordOnly(browser, wait, "platform-admin", LocalCredentials.DEMO_PASSWORD);
            }
            KeycloakLogin.giveCode(browser, OneTimeCodes.nextDemoCode("platform-admin"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("suspend-hung-yen")));
            assertThat(browser.getCurrentUrl()).startsWith(baseUrl());
        } finally {
            browser.quit();
        }
    }

    @Test
    void aPlatformAdministratorWithoutAnAuthenticatorMustSetOneUp() throws Exception {
        String username = "new-platform-admin-" + UUID.randomUUID().toString().substring(0, 6);
        String password = "quản trị nền tảng mới 2026";
        createPlatformAdministrator(username, password);
        WebDriver browser = Browser.start("vi");
        try {
            var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get(baseUrl() + "/");
            passwordOnly(browser, wait, username, password);

            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-totp-settings-form")));
            assertThat(browser.findElement(By.id("kc-page-title")).getText()).isEqualTo("Cài đặt Xác thực Di động");
            browser.findElement(By.id("mode-manual")).click();
            String key = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-totp-secret-key"))).getText();
            browser.findElement(By.id("totp")).sendKeys(OneTimeCodes.nextCode(username, key));
            browser.findElement(By.id("userLabel")).sendKeys("điện thoại");
            browser.findElement(By.id("saveTOTPBtn")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("suspend-hung-yen")));
        } finally {
            browser.quit();
        }
    }

    private static void passwordOnly(WebDriver browser, WebDriverWait wait, String username, String password) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-form-login")));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("kc-login")).click();
    }

    /** A code that is none of the three Keycloak accepts now (the current step and one either side). */
    private static String wrongCode() {
        Instant now = Instant.now();
        Set<String> valid = Set.of(OneTimeCodes.code(LocalCredentials.DEMO_TOTP_SECRET, now.minusSeconds(30)),
                OneTimeCodes.code(LocalCredentials.DEMO_TOTP_SECRET, now),
                OneTimeCodes.code(LocalCredentials.DEMO_TOTP_SECRET, now.plusSeconds(30)));
        return valid.contains("000000") ? "111111" : "000000";
    }

    private static void createPlatformAdministrator(String username, String password) throws Exception {
        String admin = KeycloakTokens.adminToken();
        String users = TestStack.current().keycloakUrl() + "/admin/realms/vusta/users";
        String body = """
                {"username": "%s", "email": "%s@example.vn", "emailVerified": true, "enabled": true,
                 "firstName": "Mới", "lastName": "Quản trị",
                 "credentials": [{"type": "password", "value": "%s", "temporary": false}]}""".formatted(username, username, password);
        var created = HTTP.send(HttpRequest.newBuilder(URI.create(users)).header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        String role = HTTP.send(HttpRequest.newBuilder(URI.create(TestStack.current().keycloakUrl() + "/admin/realms/vusta/roles/platform-admin"))
                .header("Authorization", "Bearer " + admin).build(), HttpResponse.BodyHandlers.ofString()).body();
        var mapped = HTTP.send(HttpRequest.newBuilder(URI.create(users + "/" + id + "/role-mappings/realm"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[" + role + "]")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(mapped.statusCode()).isEqualTo(204);
    }
}
