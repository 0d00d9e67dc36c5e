package vn.vusta.platform.governance;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.vusta.platform.Api;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.LocalCredentials;
import vn.vusta.platform.deploy.test.Browser;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.vusta.platform.deploy.test.KeycloakLogin;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The governance pages as HTML, fetched with the session of a user who logged in through Keycloak: what a reader
 * sees, and that only writers get and may use the forms.
 */
@PlatformApiTest
class GovernancePagesTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    record Page(int status, String html) {
    }

    @Test
    void aViewerReadsTheLeadershipTheTermsAndTheHistoryButGetsNoFormAndCannotPost() {
        String viewer = sessionOf("thanh-hoa-viewer");
        Page overview = get("/workspace/governance", viewer);
        assertThat(overview.status()).isEqualTo(200);
        assertThat(overview.html()).contains("Lãnh đạo hiện nay · Nhiệm kỳ 2024–2029", "PGS.TS. Lê Công Cường",
                "Phó Chủ tịch kiêm Tổng Thư ký", "Nhiệm kỳ 2019–2024", "25/10/2019 – 18/10/2024", "18/10/2024 – nay",
                "Đang diễn ra").doesNotContain("id=\"term-form\"");

        Matcher link = Pattern.compile("/workspace/governance/terms/([0-9a-f-]{36})\">Nhiệm kỳ 2019–2024").matcher(overview.html());
        assertThat(link.find()).isTrue();
        Page term = get("/workspace/governance/terms/" + link.group(1), viewer);
        assertThat(term.html()).contains("Lịch sử thay đổi", "Số 32/NQ-LHH", "27/12/2022", "Bầu bổ sung", "Xin thôi",
                        "Đặng Đình Hải", "Hết nhiệm kỳ", "GS.TSKH. Phạm Văn Sơn")
                .doesNotContain("Thôi giữ vị trí</a>").doesNotContain("id=\"body-form\"");

        Page english = get("/workspace/governance?lang=en", viewer);
        assertThat(english.html()).contains("Current leadership · Nhiệm kỳ 2024–2029", "President", "Vice-President and Secretary-General");

        Page refused = post("/workspace/governance/terms", viewer, Map.of("startYear", "2029", "endYear", "2034",
                "congress", "Đại hội đại biểu lần thứ VII", "startsOn", "2029-10-20"), csrf(overview));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(get("/workspace/governance", viewer).html()).doesNotContain("Nhiệm kỳ 2029–2034");
    }

    @Test
    void anEditorGetsTheFormsAndAnInvalidTermIsShownAgainWithTheErrorsNextToTheFields() {
        String editor = sessionOf("thanh-hoa-editor");
        Page overview = get("/workspace/governance", editor);
        assertThat(overview.html()).contains("id=\"term-form\"");

        Page invalid = post("/workspace/governance/terms", editor, Map.of("startYear", "2029", "endYear", "2024",
                "congress", " ", "startsOn", ""), csrf(overview));
        assertThat(invalid.status()).isEqualTo(200);
        assertThat(errorNextTo(invalid, "congress")).isEqualTo("không được để trống");
        assertThat(errorNextTo(invalid, "startsOn")).isEqualTo("phải có giá trị");
        assertThat(invalid.html()).contains("value=\"2029\"");

        Page refused = post("/workspace/governance/terms", editor, Map.of("startYear", "2029", "endYear", "2024",
                "congress", "Đại hội đại biểu lần thứ VII", "startsOn", "2029-10-20"), csrf(overview));
        assertThat(errorNextTo(refused, "endYear")).isEqualTo("năm kết thúc phải sau năm bắt đầu");
        assertThat(get("/workspace/governance", editor).html()).doesNotContain("Nhiệm kỳ 2029–2024");
    }

    private static String errorNextTo(Page page, String field) {
        Matcher error = Pattern.compile("id=\"" + field + "-error\">([^<]*)<").matcher(page.html());
        assertThat(error.find()).as("an error next to " + field).isTrue();
        return error.group(1).strip();
    }

    private static String csrf(Page page) {
        Matcher token = CSRF.matcher(page.html());
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    private static Page get(String path, String session) {
        return send(HttpRequest.newBuilder(URI.create(Api.baseUrl() + path)).header("Cookie", "VUSTA_SESSION=" + session));
    }

    private static Page post(String path, String session, Map<String, String> fields, String csrf) {
        String form = fields.entrySet().stream()
                .map(f -> f.getKey() + "=" + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")) + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(URI.create(Api.baseUrl() + path))
                .header("Cookie", "VUSTA_SESSION=" + session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private static Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Logs in through Keycloak's page in a real browser and returns the platform's session cookie. */
    private static String sessionOf(String username) {
        ChromeDriver browser = Browser.start("vi-VN,vi");
        try {
            var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get(Api.baseUrl() + "/");
            KeycloakLogin.signIn(browser, username, LocalCredentials.DEMO_PASSWORD);
            wait.until(ExpectedConditions.urlContains("/workspace"));
            return browser.manage().getCookieNamed("VUSTA_SESSION").getValue();
        } finally {
            browser.quit();
        }
    }
}
