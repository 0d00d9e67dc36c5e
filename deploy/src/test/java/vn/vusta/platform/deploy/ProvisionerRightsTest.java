package vn.vusta.platform.deploy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.vusta.platform.deploy.test.KeycloakTokens;
import vn.vusta.platform.deploy.test.RealServices;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vusta.platform.deploy.RealmHardeningTest.json;
import static vn.vusta.platform.deploy.RealmHardeningTest.keycloak;

/**
 * The {@code platform-provisioner} service account holds manage-users, manage-organizations and view-realm of
 * realm-management, and nothing more: every kind of call the platform makes works with them, and changing the
 * realm itself does not.
 */
@RealServices
class ProvisionerRightsTest {

    private final String token = KeycloakTokens.clientToken("platform-provisioner", "local-dev-only-provisioner-secret");

    @Test
    void everyKindOfCallThePlatformMakesWorks() throws Exception {
        String alias = "rights-" + UUID.randomUUID().toString().substring(0, 8);
        // Organizations: create, find, read, update (manage-organizations).
        HttpResponse<String> created = call("POST", "/organizations", Map.of("name", "Thử quyền " + alias, "alias", alias,
                "enabled", true, "domains", List.of(Map.of("name", alias + ".lhh.vusta.vn", "verified", false))));
        assertThat(created.statusCode()).isEqualTo(201);
        String organization = lastSegment(created);
        assertThat(ok(call("GET", "/organizations?max=1000&briefRepresentation=true", null))).contains(alias);
        assertOk(call("GET", "/organizations/" + organization, null));
        assertOk(call("PUT", "/organizations/" + organization, Map.of("name", "Thử quyền (đổi tên) " + alias, "alias", alias,
                "enabled", true, "domains", List.of(Map.of("name", alias + ".lhh.vusta.vn", "verified", false)))));

        // Users: find by e-mail, create, update, set a temporary password, send the action e-mail (manage-users).
        String email = alias + "@example.vn";
        assertThat(ok(call("GET", "/users?exact=true&email=" + email, null))).isEqualTo("[]");
        HttpResponse<String> user = call("POST", "/users", Map.of("username", email, "email", email, "emailVerified", true,
                "firstName", "Quyền", "lastName", "Thử", "enabled", true));
        assertThat(user.statusCode()).isEqualTo(201);
        String userId = lastSegment(user);
        assertOk(call("PUT", "/users/" + userId, Map.of("enabled", false)));
        assertOk(call("PUT", "/users/" + userId, Map.of("enabled", true)));
        assertOk(call("PUT", "/users/" + userId + "/reset-password",
                Map.of("type", "password", "value", "mật khẩu tạm đủ dài 2026", "temporary", true)));
        // Past the rights check, Keycloak needs a mail server: 500 while the realm has none, 204 with one.
        assertThat(call("PUT", "/users/" + userId + "/execute-actions-email?lifespan=86400",
                List.of("UPDATE_PASSWORD", "VERIFY_EMAIL")).statusCode()).isNotIn(401, 403);

        // Realm roles: read one, its holders, a user's, give and take (view-realm to read a role, manage-users to map).
        JsonNode role = json(call("GET", "/roles/tenant-viewer", null));
        assertThat(role.path("name").asString()).isEqualTo("tenant-viewer");
        assertOk(call("GET", "/roles/national-reviewer/users?briefRepresentation=false&max=1000", null));
        assertOk(call("POST", "/users/" + userId + "/role-mappings/realm", List.of(role)));
        assertThat(ok(call("GET", "/users/" + userId + "/role-mappings/realm", null))).contains("tenant-viewer");
        assertOk(call("DELETE", "/users/" + userId + "/role-mappings/realm", List.of(role)));
        // The Standing Committee's chairman (issue 17) is given and taken the same way.
        JsonNode approver = json(call("GET", "/roles/tenant-approver", null));
        assertOk(call("POST", "/users/" + userId + "/role-mappings/realm", List.of(approver)));
        assertThat(ok(call("GET", "/users/" + userId + "/role-mappings/realm", null))).contains("tenant-approver");
        assertOk(call("DELETE", "/users/" + userId + "/role-mappings/realm", List.of(approver)));

        // Membership: add, list, a user's organizations, remove.
        assertThat(callRaw("POST", "/organizations/" + organization + "/members", "\"" + userId + "\"").statusCode()).isEqualTo(201);
        assertThat(ok(call("GET", "/organizations/" + organization + "/members?max=1000", null))).contains(userId);
        assertThat(ok(call("GET", "/organizations/members/" + userId + "/organizations?briefRepresentation=true", null))).contains(alias);
        assertOk(call("DELETE", "/organizations/" + organization + "/members/" + userId, null));

        // Deleting: the user, the organization.
        assertOk(call("DELETE", "/users/" + userId, null));
        assertOk(call("DELETE", "/organizations/" + organization, null));
    }

    @Test
    void theRealmItselfIsOutOfReach() throws Exception {
        assertThat(call("PUT", "", Map.of("bruteForceProtected", false)).statusCode()).isEqualTo(403);
        assertThat(call("POST", "/roles", Map.of("name", "rights-test-role")).statusCode()).isEqualTo(403);
        assertThat(call("GET", "/clients", null).statusCode()).isEqualTo(403);
        assertThat(call("GET", "/events", null).statusCode()).isEqualTo(403);
        assertThat(call("GET", "/admin-events", null).statusCode()).isEqualTo(403);
        assertThat(call("DELETE", "/authentication/flows/" + "any", null).statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> call(String method, String path, Object body) throws Exception {
        return RealmHardeningTest.call(method, keycloak() + "/admin/realms/vusta" + path, token, body);
    }

    private HttpResponse<String> callRaw(String method, String path, String body) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(keycloak() + "/admin/realms/vusta" + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, java.net.http.HttpRequest.BodyPublishers.ofString(body)).build();
        return RealmHardeningTest.HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String ok(HttpResponse<String> response) {
        assertOk(response);
        return response.body();
    }

    private static void assertOk(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.request().method() + " " + response.request().uri() + ": " + response.body())
                .isBetween(200, 299);
    }

    private static String lastSegment(HttpResponse<String> created) {
        String location = created.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }
}
