package vn.vusta.platform.admin;

import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.vusta.platform.deploy.LocalCredentials;
import vn.vusta.platform.deploy.test.Browser;
import vn.vusta.platform.deploy.test.KeycloakLogin;
import vn.vusta.platform.deploy.test.KeycloakTokens;
import vn.vusta.platform.deploy.test.TestStack;
import vn.vusta.platform.identity.Actor;
import vn.vusta.platform.lifecycle.OnboardingRequest;
import vn.vusta.platform.lifecycle.OnboardingResult;
import vn.vusta.platform.lifecycle.TenantOnboarding;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * What the tests of tenant-admin share: a tenant to work on, the database as its owner, the API as an admin, the
 * pages in a real browser.
 */
final class AdminTestSupport {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private AdminTestSupport() {
    }

    static OnboardingResult onboard(TenantOnboarding onboarding, String code, String province, String email) {
        return ScopedValue.where(Actor.CURRENT, new Actor("platform-admin")).call(() -> onboarding.onboard(
                new OnboardingRequest(code, null, province, email, "Quản trị", "Người")));
    }

    /** Runs a statement as the schema owner in the tenant's scope (row-level security is forced on the owner too). */
    static void sql(UUID tenant, String statement) throws Exception {
        try (Connection c = owner()) {
            c.setAutoCommit(false);
            c.createStatement().execute("select begin_tenant_scope('" + tenant + "')");
            c.createStatement().execute(statement);
            c.commit();
        }
    }

    /** The first column of the first row of a query, as the owner in the tenant's scope. */
    static String single(UUID tenant, String query) throws Exception {
        try (Connection c = owner()) {
            c.setAutoCommit(false);
            c.createStatement().execute("select begin_tenant_scope('" + tenant + "')");
            try (var rs = c.createStatement().executeQuery(query)) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    static Connection owner() throws Exception {
        return DriverManager.getConnection(TestStack.current().postgres().jdbcUrl(),
                LocalCredentials.OWNER_ROLE, LocalCredentials.OWNER_PASSWORD);
    }

    /** A call to tenant-admin's API as the demo platform administrator. */
    static HttpResponse<String> asPlatformAdmin(String method, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Authorization", "Bearer " + KeycloakTokens.accessToken("platform-admin"))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Steps in headless Chromium, in Vietnamese; the browser is closed afterwards. */
    static void inBrowser(BiConsumer<ChromeDriver, WebDriverWait> steps) {
        ChromeDriver browser = Browser.start("vi-VN,vi");
        try {
            steps.accept(browser, new WebDriverWait(browser, Duration.ofSeconds(30)));
            org.assertj.core.api.Assertions.assertThat(Browser.cspViolations(browser))
                    .as("what the browser refused under the Content-Security-Policy").isEmpty();
        } finally {
            browser.quit();
        }
    }

    /** Opens tenant-admin and logs in on Keycloak's form; returns once the browser is back on one of its pages. */
    static void logIn(ChromeDriver browser, WebDriverWait wait, String username, String password) {
        browser.get(baseUrl() + "/");
        KeycloakLogin.signIn(browser, username, password);
        // A page opened while Keycloak's redirect back is still under way cancels it: no session yet, and the test
        // lands on the login form again (seen in full runs, where the machine is busy).
        wait.until(ExpectedConditions.and(ExpectedConditions.urlContains(baseUrl() + "/"),
                ExpectedConditions.presenceOfElementLocated(By.tagName("main"))));
    }

    static String baseUrl() {
        return "http://127.0.0.1:" + System.getProperty("vusta.test.tenant-admin.port");
    }
}
