package vn.vusta.platform.admin;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.vusta.platform.TenantAdminTest;
import vn.vusta.platform.deploy.test.KeycloakTokens;
import vn.vusta.platform.deploy.test.TestStack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * tenant-admin checks tokens with Keycloak as platform-api does (a session ended in Keycloak ends the API access
 * within 5 seconds) and sends the same browser policies on its pages and API answers.
 */
@TenantAdminTest
class AdminRevocationTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aPlatformAdministratorsSessionEndedInKeycloakLosesTheApiWithinSeconds() throws Exception {
        String token = KeycloakTokens.accessToken("platform-admin");
        assertThat(get("/api/v1/tenants", token).statusCode()).isEqualTo(200);
        String sid = JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1])).path("sid").asString();

        var ended = HTTP.send(HttpRequest.newBuilder(URI.create(TestStack.current().keycloakUrl() + "/admin/realms/vusta/sessions/" + sid))
                .header("Authorization", "Bearer " + KeycloakTokens.adminToken()).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ended.statusCode()).isEqualTo(204);

        long start = System.nanoTime();
        int status;
        do {
            status = get("/api/v1/tenants", token).statusCode();
            if (status != 401) {
                Thread.sleep(200);
            }
        } while (status != 401 && System.nanoTime() - start < Duration.ofSeconds(6).toNanos());
        assertThat(status).as("refused within 5 s (and a second of the test's own)").isEqualTo(401);
    }

    @Test
    void pagesAndApiAnswersCarryTheBrowserPolicies() throws Exception {
        var page = get("/denied", null);
        // The refusal page says so in its status too (since a refused POST is forwarded to it, not a 405).
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self';", "style-src 'self';", "frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(page.headers().firstValue("Permissions-Policy").orElseThrow()).contains("camera=()");
        assertThat(page.body()).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>").doesNotContainPattern("\\son[a-z]+=\"")
                .doesNotContain("style=\"");

        var api = get("/api/v1/tenants", KeycloakTokens.accessToken("platform-admin"));
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.headers().firstValue("Content-Security-Policy").orElseThrow()).startsWith("default-src 'none'");
        assertThat(api.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    }

    private static HttpResponse<String> get(String path, String token) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(AdminTestSupport.baseUrl() + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
