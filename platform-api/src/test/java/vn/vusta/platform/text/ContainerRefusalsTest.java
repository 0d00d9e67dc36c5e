package vn.vusta.platform.text;

import org.junit.jupiter.api.Test;
import vn.vusta.platform.Api;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.test.KeycloakTokens;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Found by the fuzzing harness: a request line or headers over the server's 8 KB (a 10.000-character search) were
 * refused by Tomcat before the application, with its English "HTTP Status 400" page. Now the platform's answer:
 * problem+json under /api, a Vietnamese page elsewhere.
 */
@PlatformApiTest
class ContainerRefusalsTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final String editor = KeycloakTokens.accessToken("thanh-hoa-editor");

    @Test
    void anApiAddressTooLongForTheServerIsAProblemInVietnamese() throws Exception {
        var response = send(HttpRequest.newBuilder(URI.create(Api.baseUrl() + "/api/v1/members?q=" + "a".repeat(10_000)))
                .header("Authorization", "Bearer " + editor).build());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"status\":400", "quá dài", "8 KB").doesNotContain("HTTP Status", "Tomcat");
    }

    @Test
    void headersTooLargeForTheServerAreAProblemInVietnamese() throws Exception {
        var response = send(HttpRequest.newBuilder(URI.create(Api.baseUrl() + "/api/v1/me"))
                .header("Authorization", "Bearer " + editor).header("X-Note", "b".repeat(10_000)).build());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.body()).contains("quá dài").doesNotContain("HTTP Status");
    }

    /** A browser whose cookies outgrew the server's limit (the realistic case for a page) reads Vietnamese. */
    @Test
    void aPageRequestWithHeadersTooLargeIsAVietnamesePage() throws Exception {
        var response = send(HttpRequest.newBuilder(URI.create(Api.baseUrl() + "/workspace/members"))
                .header("Cookie", "note=" + "c".repeat(10_000)).build());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(response.body()).contains("lang=\"vi\"", "quá dài").doesNotContain("HTTP Status", "Tomcat");
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
