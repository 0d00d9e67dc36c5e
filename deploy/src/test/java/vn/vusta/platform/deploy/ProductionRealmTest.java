package vn.vusta.platform.deploy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production realm file: made from the local realm (so the two carry the same security settings), without demo
 * users, without a client that takes passwords, without local secrets.
 */
class ProductionRealmTest {

    private static final Path SOURCE = Path.of("src/main/resources" + ProductionRealm.PRODUCTION_RESOURCE);

    @Test
    void theCommittedFileIsWhatTheLocalRealmGives() {
        if (Boolean.getBoolean("vusta.production-realm.write")) {
            ProductionRealm.write(SOURCE);
        }
        assertThat(ProductionRealm.read(ProductionRealm.PRODUCTION_RESOURCE))
                .as("deploy/src/main/resources/keycloak/production/vusta-realm.json is out of date with the local realm: "
                        + "rerun this test with -Dvusta.production-realm.write=true and commit the file")
                .isEqualTo(ProductionRealm.fromLocal());
    }

    @Test
    void ithasNoDemoUserNoPasswordGrantAndNoLocalSecret() {
        JsonNode realm = ProductionRealm.read(ProductionRealm.PRODUCTION_RESOURCE);

        assertThat(realm.has("organizations")).isFalse();
        for (JsonNode user : realm.path("users")) {
            assertThat(user.has("serviceAccountClientId")).as("only service accounts: " + user.path("username")).isTrue();
            assertThat(user.has("credentials")).isFalse();
        }
        assertThat(clientIds(realm)).doesNotContain("platform-dev-cli")
                .contains("platform-web", "tenant-admin-web", "platform-provisioner", "admin-cli");
        for (JsonNode client : realm.path("clients")) {
            assertThat(client.path("directAccessGrantsEnabled").asBoolean(true))
                    .as("password grant of " + client.path("clientId")).isFalse();
            assertThat(client.path("implicitFlowEnabled").asBoolean(false)).isFalse();
            if (client.has("secret")) {
                assertThat(client.path("secret").asString()).matches("\\$\\{VUSTA_[A-Z_]+_CLIENT_SECRET}");
            }
        }
        assertThat(realm.toString()).doesNotContain("direct-grant-validate-password", "authenticationFlowBindingOverrides");
        String text = realm.toString();
        assertThat(text).doesNotContain("local-dev-only", "Demo@2026", LocalCredentials.DEMO_TOTP_SECRET, "127.0.0.1",
                "demo.vusta.local", "\"otp\"");
        // Placeholders without a local default: production must set every one of them.
        assertThat(text).doesNotContainPattern("\\$\\{[A-Z0-9_]+:");
    }

    @Test
    void itCarriesTheRealmsSecuritySettings() {
        JsonNode realm = ProductionRealm.read(ProductionRealm.PRODUCTION_RESOURCE);

        assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
        assertThat(realm.path("permanentLockout").asBoolean()).isFalse();
        assertThat(realm.path("failureFactor").asInt()).isEqualTo(10);
        assertThat(realm.path("waitIncrementSeconds").asInt()).isEqualTo(60);
        assertThat(realm.path("maxFailureWaitSeconds").asInt()).isEqualTo(900);
        assertThat(realm.path("passwordPolicy").asString())
                .contains("length(12)", "notUsername", "notEmail", "passwordHistory(5)");
        assertThat(realm.path("otpPolicyCodeReusable").asBoolean(true)).isFalse();
        assertThat(realm.path("eventsEnabled").asBoolean()).isTrue();
        assertThat(realm.path("adminEventsEnabled").asBoolean()).isTrue();
        assertThat(realm.path("eventsExpiration").asLong()).isEqualTo(180L * 24 * 3600);
        assertThat(realm.path("attributes").path("adminEventsExpiration").asString()).isEqualTo(String.valueOf(180L * 24 * 3600));
        assertThat(realm.path("browserFlow").asString()).isEqualTo("vusta browser");
        // The one-time code: required for platform-admin and national-reviewer, for the others once configured.
        assertThat(realm.path("authenticatorConfig").toString()).contains(
                "{\"condUserRole\":\"platform-admin\",\"negate\":\"false\"}",
                "{\"condUserRole\":\"national-reviewer\",\"negate\":\"false\"}");
        assertThat(realm.path("authenticationFlows").toString()).contains("auth-otp-form", "conditional-user-configured");
        assertThat(realm.path("defaultRole").path("name").asString()).isEqualTo("default-roles-vusta");
        for (JsonNode role : realm.path("roles").path("realm")) {
            if (role.path("name").asString().equals("default-roles-vusta")) {
                assertThat(role.path("composites").toString()).doesNotContain("offline_access");
            }
        }
        assertThat(realm.toString()).doesNotContain("manage-realm");
        var roles = new ArrayList<String>();
        realm.path("roles").path("realm").forEach(r -> roles.add(r.path("name").asString()));
        assertThat(roles).as("the tenant roles, the chairman's among them (issue 17)")
                .contains("tenant-admin", "tenant-editor", "tenant-viewer", "tenant-approver");
    }

    private static List<String> clientIds(JsonNode realm) {
        var ids = new ArrayList<String>();
        realm.path("clients").forEach(c -> ids.add(c.path("clientId").asString()));
        return ids;
    }
}
