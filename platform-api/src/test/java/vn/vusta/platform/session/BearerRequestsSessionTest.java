package vn.vusta.platform.session;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import vn.vusta.platform.Api;
import vn.vusta.platform.Pages;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.test.KeycloakTokens;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's bearer requests never touch the session store (issue 21: a tenth of a list request went to the session
 * filter's Redis calls), not even when the client also sends a page session's cookie, as a browser calling the API
 * does: the session's last access in Redis stays as it was. A page request with that cookie moves it, which shows
 * the check would see a touch.
 */
@PlatformApiTest
class BearerRequestsSessionTest {

    @Autowired
    StringRedisTemplate redis;

    @Test
    void aBearerRequestLeavesThePageSessionInRedisAsItWas() throws Exception {
        String cookie;
        // The browser closes (its session stays in Redis), so that nothing of its pages touches the session meanwhile.
        try (Pages pages = Pages.inVietnamese().logIn("thanh-hoa-viewer")) {
            cookie = pages.browser().manage().getCookieNamed("VUSTA_SESSION").getValue();
        }
        {
            String key = "vusta:platform-api:session:sessions:" + new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
            Object before = redis.opsForHash().get(key, "lastAccessedTime");
            assertThat(before).as("the page session in Redis").isNotNull();
            String token = KeycloakTokens.accessToken("thanh-hoa-viewer");
            try (HttpClient client = HttpClient.newHttpClient()) {
                for (String path : new String[]{"/api/v1/me", "/api/v1/members?size=20", "/api/v1/no-such-route"}) {
                    var response = client.send(HttpRequest.newBuilder(URI.create(Api.baseUrl() + path))
                            .header("Authorization", "Bearer " + token).header("Cookie", "VUSTA_SESSION=" + cookie)
                            .header("Accept-Language", "vi").build(), HttpResponse.BodyHandlers.ofString());
                    assertThat(response.statusCode()).as(path).isIn(200, 404);
                }
                assertThat(redis.opsForHash().get(key, "lastAccessedTime")).as("after three bearer requests").isEqualTo(before);

                var page = client.send(HttpRequest.newBuilder(URI.create(Api.baseUrl() + "/workspace"))
                        .header("Cookie", "VUSTA_SESSION=" + cookie).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(page.statusCode()).isEqualTo(200);
                assertThat(redis.opsForHash().get(key, "lastAccessedTime")).as("after a page").isNotEqualTo(before);
            }
        }
    }
}
