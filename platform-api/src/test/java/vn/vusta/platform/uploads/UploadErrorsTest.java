package vn.vusta.platform.uploads;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.vusta.platform.Api;
import vn.vusta.platform.Pages;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.test.KeycloakTokens;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upload the server will not take, whatever route it is sent to, is answered like any other refusal: RFC 9457
 * problem+json in Vietnamese naming the limit for the API, a Vietnamese page with the platform's styles for the
 * pages; never the web server's English page nor an empty body.
 */
@PlatformApiTest
class UploadErrorsTest {

    private final String editor = KeycloakTokens.accessToken("hung-yen-editor");
    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void anApiUploadLargerThanTheLimitIsProblemJsonNamingTheLimitOnEveryRoute() {
        byte[] big = new byte[50 * 1024 * 1024 + 1024];
        // An import and an attachment alike: the upload is refused before any route is looked at.
        for (String route : new String[]{"/api/v1/imports/members", "/api/v1/events/" + UUID.randomUUID() + "/attachments"}) {
            var refused = Api.upload(route, editor, "lon-" + tag + ".csv", big);
            assertThat(refused.status()).as(route + ": " + refused.body()).isEqualTo(413);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().path("detail").asString()).contains("lớn hơn giới hạn 50 MB");
            assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("file");
        }
    }

    @Test
    void anUploadWithAFourHundredCharacterFileNameIsAProblemNamingTheFileName() {
        String name = "danh-sach-hoi-vien-" + "rat-dai-".repeat(48) + ".csv";
        assertThat(name.length()).isGreaterThan(400);
        var refused = Api.upload("/api/v1/imports/members", editor, name,
                "Họ và tên;Năm sinh\r\nLê Văn Tâm;1980\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("file");
        assertThat(refused.json().path("detail").asString()).contains("Tên tệp", "danh-sach-hoi-vien-rat-dai", "255 ký tự");
    }

    @Test
    void aPageUploadLargerThanTheLimitIsAVietnamesePageWithThePlatformsStyles() throws Exception {
        String session;
        String csrf;
        try (Pages pages = Pages.inVietnamese().logIn("hung-yen-editor").goTo("/workspace/members/import")) {
            csrf = pages.waiting().until(ExpectedConditions.presenceOfElementLocated(By.name("_csrf"))).getDomAttribute("value");
            session = pages.browser().manage().getCookieNamed("VUSTA_SESSION").getValue();
        }
        // The import page and a consultancy task's attachments alike (the JavaScript check of the pages aside).
        for (String route : new String[]{"/workspace/members/import", "/workspace/consultancy/tasks/" + UUID.randomUUID() + "/attachments"}) {
            var response = pageUpload(route, session, csrf);
            assertThat(response.statusCode()).as(route + ": " + response.body()).isEqualTo(413);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
            assertThat(response.body()).contains("/css/platform.css", "bootstrap.min.css")
                    .contains("lớn hơn giới hạn 50 MB").doesNotContain("Apache Tomcat").doesNotContain("Request Entity");
        }
    }

    /** A multipart form of the pages, with the session and its CSRF token, holding a file past the limit. */
    private static HttpResponse<String> pageUpload(String route, String session, String csrf) throws Exception {
        String boundary = "----vusta" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nMEMBERS\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"lon.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(new byte[50 * 1024 * 1024 + 1024]);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response;
        try (HttpClient client = HttpClient.newHttpClient()) {
            response = client.send(HttpRequest.newBuilder(URI.create(Api.baseUrl() + route))
                    .header("Cookie", "VUSTA_SESSION=" + session)
                    .header("Accept-Language", "vi-VN,vi")
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        return response;
    }
}
