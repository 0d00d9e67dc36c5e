package vn.vusta.platform.security;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vusta.platform.Api;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.test.KeycloakTokens;
import vn.vusta.platform.deploy.test.TestStack;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;

/** Bearer tokens the API must refuse with 401, roles that must get 403, both as problem+json. */
@PlatformApiTest
class TokenValidationTest {

    private static final String REVOKED = "Mã truy cập không còn hiệu lực: tài khoản đã bị khóa hoặc phiên đăng nhập đã kết thúc. Hãy đăng nhập lại.";

    private static ForgedTokens forged;

    @BeforeAll
    static void registerForgeryKey() throws Exception {
        forged = ForgedTokens.registerKey();
    }

    @Test
    void aTokenWithEveryClaimRightPassesTheLocalChecksButKeycloakNeverIssuedIt() throws Exception {
        // The control for the forged tokens below, which each fail the local checks for their one broken claim: this
        // one passes them all and is refused only by Keycloak's introspection (revocation), which knows no such
        // session or user.
        var response = Api.get("/api/v1/me", forged.token(claims -> claims));
        assertThat(response.status()).as(response.body()).isEqualTo(401);
        assertThat(response.json().path("detail").asString()).isEqualTo(REVOKED);
    }

    @Test
    void noTokenIsUnauthorized() {
        assertUnauthorized(Api.get("/api/v1/units", null));
    }

    @Test
    void anExpiredTokenIsUnauthorized() throws Exception {
        Instant longAgo = Instant.now().minusSeconds(3600);
        assertUnauthorized(Api.get("/api/v1/units", forged.token(claims -> claims
                .issueTime(Date.from(longAgo)).expirationTime(Date.from(longAgo.plusSeconds(300))))));
    }

    @Test
    void aTokenOfAnotherIssuerIsUnauthorized() throws Exception {
        assertUnauthorized(Api.get("/api/v1/units", forged.token(claims -> claims.issuer("http://127.0.0.1:1/realms/vusta"))));
        // Signed by the realm's own key, but issued under another host name: another issuer.
        String keycloakByName = TestStack.current().keycloakUrl().replace("127.0.0.1", "localhost");
        assertUnauthorized(Api.get("/api/v1/units", KeycloakTokens.accessToken(keycloakByName, "thanh-hoa-editor")));
    }

    @Test
    void aTokenForAnotherAudienceIsUnauthorized() throws Exception {
        assertUnauthorized(Api.get("/api/v1/units", forged.token(claims -> claims.audience("another-api"))));
        // A real token of a client that is not an audience of the API.
        assertUnauthorized(Api.get("/api/v1/units",
                KeycloakTokens.clientToken("platform-provisioner", "local-dev-only-provisioner-secret")));
    }

    @Test
    void aTamperedTokenIsUnauthorized() {
        String[] parts = KeycloakTokens.accessToken("thanh-hoa-editor").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("thanh-hoa", "hai-phong");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertUnauthorized(Api.get("/api/v1/units", tampered));
    }

    @Test
    void anUnsignedTokenIsUnauthorized() {
        String payload = KeycloakTokens.accessToken("thanh-hoa-editor").split("\\.")[1];
        String none = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        assertUnauthorized(Api.get("/api/v1/units", none + "." + payload + "."));
    }

    @Test
    void aRoleWithoutPermissionIsForbidden() {
        var viewerWrites = Api.call("POST", "/api/v1/units", KeycloakTokens.accessToken("thanh-hoa-viewer"),
                "{\"name\":\"Hội Thử nghiệm\",\"kind\":\"MEMBER_ASSOCIATION\"}", null);
        assertForbidden(viewerWrites, "Vai trò của bạn không cho phép thao tác này.");
        assertForbidden(Api.get("/api/v1/tenants", KeycloakTokens.accessToken("thanh-hoa-admin")),
                "Vai trò của bạn không cho phép thao tác này.");
        assertForbidden(Api.get("/api/v1/units", KeycloakTokens.accessToken("national-reviewer")),
                "Vai trò của bạn không cho phép thao tác này.");
    }

    @Test
    void problemsSpeakTheRequestsLanguage() {
        var english = Api.call("GET", "/api/v1/units", null, null, "en");
        assertThat(english.status()).isEqualTo(401);
        assertThat(english.json().path("title").asString()).isEqualTo("Unauthorized");
        var vietnamese = Api.call("GET", "/api/v1/units", null, null, "vi-VN,vi;q=0.9");
        assertThat(vietnamese.json().path("title").asString()).isEqualTo("Chưa xác thực");
    }

    static void assertUnauthorized(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("status").asInt()).isEqualTo(401);
        assertThat(response.json().path("title").asString()).isEqualTo("Chưa xác thực");
        // Refused by the local checks (signature, issuer, audience, expiry), before Keycloak is asked.
        assertThat(response.json().path("detail").asString()).isNotEqualTo(REVOKED);
        assertThat(response.body()).doesNotContain("Hội");
    }

    static void assertForbidden(Api.Response response, String detail) {
        assertThat(response.status()).as(response.body()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("detail").asString()).isEqualTo(detail);
    }
}
