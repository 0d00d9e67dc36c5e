package vn.vusta.platform.security;

import org.junit.jupiter.api.Test;
import vn.vusta.platform.Api;
import vn.vusta.platform.PlatformApiTest;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * X-Forwarded-Host and -Proto count only from the proxies the application is configured to trust (loopback by
 * default, {@code server.tomcat.remoteip.internal-proxies}): Keycloak sends the browser back to an address built
 * from them, so a client who could choose them would choose where a login lands. {@link HostileSurroundingsTest}
 * is the other side.
 */
@PlatformApiTest
class ForwardedHeadersTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aTrustedProxysForwardedHostIsTheOneLoginsReturnTo() {
        assertThat(loginReturnsTo(Api.baseUrl(), "platform.example", "https"))
                .startsWith("https://platform.example/login/oauth2/code/keycloak");
    }

    /** The redirect_uri the platform sends to Keycloak when a login starts. */
    static String loginReturnsTo(String baseUrl, String forwardedHost, String forwardedProto) {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + "/oauth2/authorization/keycloak"))
                .header("X-Forwarded-Host", forwardedHost)
                .header("X-Forwarded-Proto", forwardedProto)
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(302);
            String location = URLDecoder.decode(response.headers().firstValue("Location").orElseThrow(), StandardCharsets.UTF_8);
            return location.substring(location.indexOf("redirect_uri=") + "redirect_uri=".length());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
