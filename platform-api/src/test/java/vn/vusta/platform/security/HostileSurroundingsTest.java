package vn.vusta.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vusta.platform.deploy.test.KeycloakTokens;
import vn.vusta.platform.deploy.test.RealServices;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A platform-api in surroundings that do not cooperate, in one application context of its own: the proxy it trusts
 * is another machine (10.20.30.40), so this test's requests from loopback are a client's; and Keycloak's
 * introspection endpoint does not answer (a closed port), as when Keycloak is down.
 */
@RealServices
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.tomcat.remoteip.internal-proxies=10\\.20\\.30\\.40",
        "vusta.keycloak.introspection.endpoint=http://127.0.0.1:9/realms/vusta/protocol/openid-connect/token/introspect"})
class HostileSurroundingsTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Test
    void aClientsForwardedHostIsIgnored() {
        String self = "http://127.0.0.1:" + port;
        assertThat(ForwardedHeadersTest.loginReturnsTo(self, "evil.example", "https"))
                .startsWith(self + "/login/oauth2/code/keycloak");
    }

    /** Fail closed: a token Keycloak cannot vouch for is not let through, and the caller is told why and when to retry. */
    @Test
    void withoutKeycloaksAnswerAValidTokenGets503() throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/me"))
                .header("Authorization", "Bearer " + KeycloakTokens.accessToken("thanh-hoa-viewer"))
                .header("Accept-Language", "vi").build();
        long start = System.nanoTime();
        HttpResponse<String> response = send(request);
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(response.body()).contains("Keycloak của nền tảng không trả lời");
        // Bounded: the introspection's timeouts (2 s to connect, 3 s to read), never a hanging request.
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(6_000);
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
