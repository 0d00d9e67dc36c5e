package vn.vusta.platform.security;

import org.junit.jupiter.api.Test;
import vn.vusta.platform.Api;
import vn.vusta.platform.DemoTenants;
import vn.vusta.platform.Pages;
import org.openqa.selenium.By;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.LocalCredentials;
import vn.vusta.platform.deploy.test.KeycloakTokens;
import vn.vusta.platform.deploy.test.TestStack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A valid token whose tenant the platform cannot serve: 403 with a message that says why. */
@PlatformApiTest
class TenantStatusTest {

    @Test
    void aTenantThatDoesNotExistIsRefused() {
        var response = Api.get("/api/v1/units", KeycloakTokens.accessToken("ghost-editor"));
        TokenValidationTest.assertForbidden(response, "Liên hiệp hội \"ghost\" không tồn tại trên nền tảng.");
    }

    @Test
    void aUserOfNoTenantIsRefused() {
        var response = Api.get("/api/v1/units", KeycloakTokens.accessToken("no-org-editor"));
        TokenValidationTest.assertForbidden(response, "Tài khoản no-org-editor chưa thuộc Liên hiệp hội nào trên nền tảng.");
    }

    @Test
    void aSuspendedTenantIsRefusedAndItsDataKept() throws SQLException {
        String token = KeycloakTokens.accessToken("hung-yen-editor");
        String before = Api.get("/api/v1/units", token).body();
        setStatus(DemoTenants.HUNG_YEN, "SUSPENDED");
        try {
            var response = Api.get("/api/v1/units", token);
            TokenValidationTest.assertForbidden(response, "Không gian làm việc của Liên hiệp các Hội Khoa học và Kỹ thuật "
                    + "tỉnh Hưng Yên đang bị tạm ngừng. Dữ liệu vẫn được giữ nguyên; hãy liên hệ quản trị hệ thống.");
            var english = Api.call("GET", "/api/v1/units", token, null, "en");
            assertThat(english.json().path("detail").asString()).contains("is suspended");
            // The national union still sees it, marked suspended.
            var national = Api.get("/api/v1/tenants", KeycloakTokens.accessToken("national-reviewer"));
            assertThat(national.body()).contains("\"code\":\"hung-yen\"").contains("\"status\":\"SUSPENDED\"");
        } finally {
            setStatus(DemoTenants.HUNG_YEN, "ACTIVE");
        }
        assertThat(Api.get("/api/v1/units", token).body()).isEqualTo(before);
    }

    @Test
    void theSuspendedUnionsPageLoadsItsStyles() throws Exception {
        try (Pages pages = Pages.inVietnamese().logIn("hung-yen-viewer")) {
            setStatus(DemoTenants.HUNG_YEN, "SUSPENDED");
            try {
                pages.goTo("/");
                assertThat(pages.text("denied-reason")).contains("đang bị tạm ngừng");
                var styles = pages.browser().findElements(By.cssSelector("link[rel=stylesheet]"));
                assertThat(styles).as("Bootstrap, the calendar's two and the platform's").hasSize(4);
                String session = pages.browser().manage().getCookieNamed("VUSTA_SESSION").getValue();
                try (HttpClient client = HttpClient.newHttpClient()) {
                    for (var style : styles) {
                        var css = client.send(HttpRequest.newBuilder(URI.create(Api.baseUrl() + style.getDomAttribute("href")))
                                .header("Cookie", "VUSTA_SESSION=" + session).build(), HttpResponse.BodyHandlers.ofString());
                        assertThat(css.statusCode()).as(style.getDomAttribute("href")).isEqualTo(200);
                        assertThat(css.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
                    }
                }
                // And the browser applied them: Bootstrap's alert has its padding.
                assertThat(pages.browser().executeScript(
                        "return getComputedStyle(document.querySelector('.alert')).paddingTop")).isNotEqualTo("0px");
            } finally {
                setStatus(DemoTenants.HUNG_YEN, "ACTIVE");
            }
        }
    }

    @Test
    void aMergedTenantIsRefusedAsHistoryOnly() throws SQLException {
        setStatus(DemoTenants.HUNG_YEN, "MERGED");
        try {
            TokenValidationTest.assertForbidden(Api.get("/api/v1/units", KeycloakTokens.accessToken("hung-yen-viewer")),
                    "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hưng Yên đã được hợp nhất và chỉ còn để tra cứu lịch sử.");
        } finally {
            setStatus(DemoTenants.HUNG_YEN, "ACTIVE");
        }
    }

    private static void setStatus(UUID tenant, String status) throws SQLException {
        try (var c = DriverManager.getConnection(TestStack.current().postgres().jdbcUrl(),
                LocalCredentials.OWNER_ROLE, LocalCredentials.OWNER_PASSWORD);
             var s = c.prepareStatement("update tenant set status = ? where id = ?")) {
            s.setString(1, status);
            s.setObject(2, tenant);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }
}
