package vn.vusta.platform.deploy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.vusta.platform.deploy.test.KeycloakTokens;
import vn.vusta.platform.deploy.test.RealServices;
import vn.vusta.platform.deploy.test.TestStack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The realm as Keycloak runs it: brute force, passwords, admin-cli, default roles. Users are made for each test. */
@RealServices
class RealmHardeningTest {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PASSWORD = "một câu dài đủ mười hai ký tự";

    @Test
    void theTenthWrongPasswordLocksTheAccountForTheConfiguredTime() throws Exception {
        String username = newUser(PASSWORD, List.of());
        // One failure a second at most: Keycloak locks for a minute at once two failures less than a second apart.
        for (int i = 1; i <= 9; i++) {
            assertThat(json(passwordGrant("platform-dev-cli", username, "wrong-" + i)).path("error").asString()).isEqualTo("invalid_grant");
            Thread.sleep(1_100);
        }
        assertThat(passwordGrant("platform-dev-cli", username, PASSWORD).statusCode())
                .as("nine failures do not lock").isEqualTo(200);

        Instant tenth = null;
        for (int i = 1; i <= 10; i++) {
            Thread.sleep(1_100);
            assertThat(json(passwordGrant("platform-dev-cli", username, "wrong-" + i)).path("error").asString()).isEqualTo("invalid_grant");
            tenth = Instant.now();
        }
        HttpResponse<String> locked = passwordGrant("platform-dev-cli", username, PASSWORD);
        assertThat(locked.statusCode()).as("the right password while locked").isNotEqualTo(200);
        JsonNode status = json(admin("GET", "/attack-detection/brute-force/users/" + userId(username), null));
        assertThat(status.path("disabled").asBoolean()).isTrue();
        assertThat(status.path("numFailures").asInt()).isEqualTo(10);
        System.out.println("Brute-force status after the 10th failure: " + status);

        // Locked for waitIncrementSeconds (60 s) after the 10th failure, then the right password works again.
        while (Instant.now().isBefore(tenth.plusSeconds(55))) {
            Thread.sleep(2_000);
        }
        assertThat(passwordGrant("platform-dev-cli", username, PASSWORD).statusCode()).as("still locked at 55 s").isNotEqualTo(200);
        while (Instant.now().isBefore(tenth.plusSeconds(62))) {
            Thread.sleep(1_000);
        }
        assertThat(passwordGrant("platform-dev-cli", username, PASSWORD).statusCode()).as("unlocked after 60 s").isEqualTo(200);
    }

    @Test
    void adminCliDoesNotTakePasswordsInThisRealm() throws Exception {
        HttpResponse<String> refused = passwordGrant("admin-cli", "thanh-hoa-admin", LocalCredentials.DEMO_PASSWORD);
        assertThat(refused.statusCode()).isIn(400, 401);
        assertThat(json(refused).path("error").asString()).isEqualTo("unauthorized_client");
        // The same user and password through the local development client: the refusal is admin-cli's.
        assertThat(passwordGrant("platform-dev-cli", "thanh-hoa-admin", LocalCredentials.DEMO_PASSWORD).statusCode()).isEqualTo(200);
        // Local tests get tokens of the demo users who must give a code in the browser: platform-dev-cli's own
        // direct-grant flow (local only) asks no code.
        assertThat(passwordGrant("platform-dev-cli", "platform-admin", LocalCredentials.DEMO_PASSWORD).statusCode()).isEqualTo(200);
        assertThat(passwordGrant("platform-dev-cli", "national-reviewer", LocalCredentials.DEMO_PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void anInvitedUserHasNoOfflineAccess() throws Exception {
        // Made as KeycloakAdmin makes an invited user: no roles given, so only the realm's default roles.
        String username = newUser(PASSWORD, List.of());
        List<String> roles = new ArrayList<>();
        json(admin("GET", "/users/" + userId(username) + "/role-mappings/realm/composite", null))
                .forEach(role -> roles.add(role.path("name").asString()));
        assertThat(roles).contains("default-roles-vusta").doesNotContain("offline_access", "uma_authorization");

        // No client of the platform offers the offline_access scope: asking for it is refused outright.
        HttpResponse<String> offline = HTTP.send(form("/realms/vusta/protocol/openid-connect/token", Map.of(
                "grant_type", "password", "client_id", "platform-dev-cli", "username", username, "password", PASSWORD,
                "scope", "openid offline_access")), HttpResponse.BodyHandlers.ofString());
        assertThat(offline.statusCode()).as(offline.body()).isEqualTo(400);
        assertThat(json(offline).path("error").asString()).isEqualTo("invalid_scope");
        HttpResponse<String> token = passwordGrant("platform-dev-cli", username, PASSWORD);
        assertThat(token.statusCode()).isEqualTo(200);
        assertThat(claims(json(token).path("refresh_token").asString()).path("typ").asString()).isEqualTo("Refresh");
        assertThat(claims(json(token).path("access_token").asString()).path("realm_access").toString()).doesNotContain("offline_access");
    }

    @Test
    void weakPasswordsAreRefusedEvenToAnAdministrator() throws Exception {
        String username = newUser(PASSWORD, List.of());
        String id = userId(username);
        assertThat(resetPassword(id, "1")).contains("invalidPasswordMinLengthMessage");
        assertThat(resetPassword(id, username)).contains("invalidPasswordNotUsernameMessage");
        assertThat(resetPassword(id, username + "@example.vn")).contains("invalidPasswordNotEmailMessage");
        assertThat(resetPassword(id, PASSWORD)).contains("invalidPasswordHistoryMessage");
        assertThat(resetPassword(id, "một câu khác cũng đủ dài")).isEmpty();
    }

    private static String resetPassword(String userId, String password) throws Exception {
        HttpResponse<String> response = admin("PUT", "/users/" + userId + "/reset-password",
                Map.of("type", "password", "value", password, "temporary", false));
        return response.statusCode() == 204 ? "" : response.body();
    }

    /** A user of the realm with this password and required actions, made for one test; its user name. */
    static String newUser(String password, List<String> requiredActions) throws Exception {
        String username = "test-" + UUID.randomUUID().toString().substring(0, 8);
        var user = new LinkedHashMap<String, Object>();
        user.put("username", username);
        user.put("email", username + "@example.vn");
        user.put("emailVerified", true);
        user.put("firstName", "Thử");
        user.put("lastName", "Người");
        user.put("enabled", true);
        user.put("requiredActions", requiredActions);
        user.put("credentials", List.of(Map.of("type", "password", "value", password, "temporary", false)));
        assertThat(admin("POST", "/users", user).statusCode()).isEqualTo(201);
        return username;
    }

    static String userId(String username) throws Exception {
        return json(admin("GET", "/users?exact=true&username=" + username, null)).get(0).path("id").asString();
    }

    static HttpResponse<String> admin(String method, String path, Object body) throws Exception {
        return call(method, keycloak() + "/admin/realms/vusta" + path, KeycloakTokens.adminToken(), body);
    }

    static HttpResponse<String> call(String method, String url, String token, Object body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30));
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> passwordGrant(String clientId, String username, String password) throws Exception {
        return HTTP.send(form("/realms/vusta/protocol/openid-connect/token", Map.of(
                "grant_type", "password", "client_id", clientId, "username", username, "password", password)),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpRequest form(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(keycloak() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    static JsonNode claims(String jwt) {
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    static String keycloak() {
        return TestStack.current().keycloakUrl();
    }
}
