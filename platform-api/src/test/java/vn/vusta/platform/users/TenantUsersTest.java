package vn.vusta.platform.users;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.vusta.platform.Api;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.test.KeycloakTokens;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A union's administrators manage their own users, only with the tenant roles, never another union's users. */
@PlatformApiTest
class TenantUsersTest {

    @Test
    void anAdministratorSeesWhoHasWhichRoleInTheirUnionOnly() {
        JsonNode users = Api.get("/api/v1/users", KeycloakTokens.accessToken("thanh-hoa-admin")).json();
        assertThat(user(users, "thanh-hoa-editor").path("realmRoles").toString()).contains("tenant-editor");
        assertThat(user(users, "thanh-hoa-viewer").path("realmRoles").toString()).contains("tenant-viewer");
        assertThat(users.toString()).doesNotContain("hai-phong").doesNotContain("national-reviewer")
                // Only the tenant roles: Keycloak's default roles are none of the union's business.
                .doesNotContain("offline_access").doesNotContain("uma_authorization").doesNotContain("default-roles");
        assertThat(Api.get("/api/v1/users", KeycloakTokens.accessToken("thanh-hoa-editor")).status()).isEqualTo(403);
    }

    @Test
    void rolesAreGivenAndTakenAndTheTokenFollows() {
        String admin = KeycloakTokens.accessToken("thanh-hoa-admin");
        String viewer = user(Api.get("/api/v1/users", admin).json(), "thanh-hoa-viewer").path("id").asString();
        try {
            var changed = Api.call("PUT", "/api/v1/users/" + viewer + "/roles", admin, "{\"roles\": [\"tenant-editor\"]}", null);
            assertThat(changed.status()).as(changed.body()).isEqualTo(200);
            assertThat(changed.json().path("realmRoles").toString()).contains("tenant-editor").doesNotContain("tenant-viewer");
            assertThat(claims(KeycloakTokens.accessToken("thanh-hoa-viewer")).path("realm_access").path("roles").toString())
                    .contains("tenant-editor").doesNotContain("tenant-viewer");
            assertThat(Api.get("/api/v1/audit?action=user.roles-changed", admin).body()).contains(viewer);
        } finally {
            Api.call("PUT", "/api/v1/users/" + viewer + "/roles", admin, "{\"roles\": [\"tenant-viewer\"]}", null);
        }
    }

    @Test
    void platformRolesCannotBeGivenByAUnion() {
        String admin = KeycloakTokens.accessToken("thanh-hoa-admin");
        String viewer = user(Api.get("/api/v1/users", admin).json(), "thanh-hoa-viewer").path("id").asString();
        for (String role : new String[]{"national-reviewer", "platform-admin"}) {
            var refused = Api.call("PUT", "/api/v1/users/" + viewer + "/roles", admin,
                    "{\"roles\": [\"tenant-viewer\", \"" + role + "\"]}", null);
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("roles");
            assertThat(refused.json().path("detail").asString()).contains(role);
        }
        assertThat(claims(KeycloakTokens.accessToken("thanh-hoa-viewer")).path("realm_access").path("roles").toString())
                .isEqualTo("[\"tenant-viewer\"]");
    }

    @Test
    void anAdministratorCannotTouchAUserOfAnotherUnion() {
        String thanhHoaViewer = user(Api.get("/api/v1/users", KeycloakTokens.accessToken("thanh-hoa-admin")).json(),
                "thanh-hoa-viewer").path("id").asString();
        String haiPhongAdmin = KeycloakTokens.accessToken("hai-phong-admin");
        assertThat(Api.call("PUT", "/api/v1/users/" + thanhHoaViewer + "/roles", haiPhongAdmin,
                "{\"roles\": [\"tenant-admin\"]}", null).status()).isEqualTo(404);
        assertThat(Api.call("POST", "/api/v1/users/" + thanhHoaViewer + "/disable", haiPhongAdmin, null, null).status())
                .isEqualTo(404);
        assertThat(claims(KeycloakTokens.accessToken("thanh-hoa-viewer")).path("realm_access").path("roles").toString())
                .isEqualTo("[\"tenant-viewer\"]");
    }

    @Test
    void anInvitedUserJoinsTheUnionAndCanBeDisabled() {
        String admin = KeycloakTokens.accessToken("hung-yen-admin");
        String email = "moi." + UUID.randomUUID().toString().substring(0, 6) + "@hungyen.example.vn";
        var invited = Api.call("POST", "/api/v1/users", admin, """
                {"email": "%s", "firstName": "Lan", "lastName": "Vũ Thị", "role": "tenant-editor"}""".formatted(email), null);
        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        assertThat(invited.body()).doesNotContainIgnoringCase("password");
        JsonNode member = user(Api.get("/api/v1/users", admin).json(), email);
        assertThat(member.path("realmRoles").toString()).contains("tenant-editor");
        assertThat(member.path("enabled").asBoolean()).isTrue();

        var disabled = Api.call("POST", "/api/v1/users/" + member.path("id").asString() + "/disable", admin, null, null);
        assertThat(disabled.json().path("enabled").asBoolean()).isFalse();
        assertThat(Api.get("/api/v1/audit?action=user.", admin).body()).contains("user.invited", "user.disabled");
    }

    private static JsonNode user(JsonNode users, String username) {
        for (JsonNode user : users) {
            if (user.path("username").asString().equals(username)) {
                return user;
            }
        }
        throw new AssertionError("No user " + username + " in " + users);
    }

    private static JsonNode claims(String token) {
        return tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }
}
