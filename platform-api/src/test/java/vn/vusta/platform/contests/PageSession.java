package vn.vusta.platform.contests;

import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.vusta.platform.Api;
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
 * The pages as HTML, fetched with the session of a user who logged in through Keycloak in a real browser: what a
 * user's browser receives, without driving the browser for every page.
 */
public final class PageSession {

    public record Page(int status, String html, String location) {

        /** The text of the error shown next to a field ({@code <field>-error}). */
        public String errorNextTo(String field) {
            Matcher error = Pattern.compile("id=\"" + Pattern.quote(field) + "-error\">([^<]*)<").matcher(html);
            assertThat(error.find()).as("an error next to " + field).isTrue();
            return error.group(1).strip();
        }

        public String csrf() {
            Matcher token = CSRF.matcher(html);
            assertThat(token.find()).as("a form's CSRF token").isTrue();
            return token.group(1);
        }

        /** The text of the page without its tags, spaces squeezed: what a reader reads. */
        public String text() {
            return html.replaceAll("(?s)<head>.*?</head>", " ").replaceAll("<[^>]+>", " ").replace("&quot;", "\"")
                    .replace("&#39;", "'").replace("&amp;", "&").replaceAll("\\s+", " ");
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String cookie;

    private PageSession(String cookie) {
        this.cookie = cookie;
    }

    /** Logs in through Keycloak's page in a real browser and keeps the platform's session cookie. */
    public static PageSession of(String username) {
        ChromeDriver browser = Browser.start("vi-VN,vi");
        try {
            var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get(Api.baseUrl() + "/");
            KeycloakLogin.signIn(browser, username, LocalCredentials.DEMO_PASSWORD);
            wait.until(ExpectedConditions.urlContains("/workspace"));
            return new PageSession(browser.manage().getCookieNamed("VUSTA_SESSION").getValue());
        } finally {
            browser.quit();
        }
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(Api.baseUrl() + path)).header("Cookie", "VUSTA_SESSION=" + cookie));
    }

    public Page post(String path, Map<String, String> fields, String csrf) {
        String form = fields.entrySet().stream()
                .map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")) + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(URI.create(Api.baseUrl() + path))
                .header("Cookie", "VUSTA_SESSION=" + cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private static Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.body(), response.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
