package vn.vusta.platform.audit;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.vusta.platform.Api;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.test.KeycloakTokens;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Every write is in the audit log with who, what, before and after; each union's administrators read their own. */
@PlatformApiTest
class AuditTrailTest {

    @Test
    void creatingChangingAndRemovingAUnitIsAudited() {
        String editor = KeycloakTokens.accessToken("thanh-hoa-editor");
        String name = "Hội Nhật ký " + UUID.randomUUID().toString().substring(0, 6);
        String id = Api.call("POST", "/api/v1/units", editor,
                "{\"name\": \"%s\", \"kind\": \"MEMBER_ASSOCIATION\"}".formatted(name), null).json().path("id").asString();
        Api.call("PUT", "/api/v1/units/" + id, editor,
                "{\"name\": \"%s\", \"abbreviation\": \"HNK\", \"kind\": \"LINKED_UNIT\"}".formatted(name), null);
        Api.call("DELETE", "/api/v1/units/" + id, editor, null, null);

        JsonNode entries = Api.get("/api/v1/audit?action=unit.&limit=500", KeycloakTokens.accessToken("thanh-hoa-admin")).json();
        JsonNode created = entry(entries, "unit.created", id);
        JsonNode updated = entry(entries, "unit.updated", id);
        JsonNode deleted = entry(entries, "unit.deleted", id);
        assertThat(created.path("actor").asString()).isEqualTo("thanh-hoa-editor");
        assertThat(created.path("before").isNull()).isTrue();
        assertThat(created.path("after").path("name").asString()).isEqualTo(name);
        assertThat(updated.path("before").path("kind").asString()).isEqualTo("MEMBER_ASSOCIATION");
        assertThat(updated.path("after").path("kind").asString()).isEqualTo("LINKED_UNIT");
        assertThat(updated.path("after").path("abbreviation").asString()).isEqualTo("HNK");
        assertThat(deleted.path("before").path("abbreviation").asString()).isEqualTo("HNK");
        assertThat(deleted.path("after").isNull()).isTrue();

        String haiPhongAudit = Api.get("/api/v1/audit?limit=500", KeycloakTokens.accessToken("hai-phong-admin")).body();
        assertThat(haiPhongAudit).doesNotContain(id).doesNotContain(name).contains("hai-phong");
    }

    @Test
    void aWriteThatFailsLeavesNoEntry() {
        String editor = KeycloakTokens.accessToken("thanh-hoa-editor");
        String admin = KeycloakTokens.accessToken("thanh-hoa-admin");
        int before = Api.get("/api/v1/audit?action=unit.&limit=500", admin).json().size();
        var duplicate = Api.call("POST", "/api/v1/units", editor,
                "{\"name\": \"Hội Làm vườn tỉnh Thanh Hóa\", \"kind\": \"MEMBER_ASSOCIATION\"}", null);
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(Api.get("/api/v1/audit?action=unit.&limit=500", admin).json().size()).isEqualTo(before);
    }

    @Test
    void onlyTheUnionsAdministratorsReadIt() {
        assertThat(Api.get("/api/v1/audit", KeycloakTokens.accessToken("thanh-hoa-editor")).status()).isEqualTo(403);
        assertThat(Api.get("/api/v1/audit", KeycloakTokens.accessToken("thanh-hoa-viewer")).status()).isEqualTo(403);
        assertThat(Api.get("/api/v1/audit", KeycloakTokens.accessToken("national-reviewer")).status()).isEqualTo(403);
    }

    private static JsonNode entry(JsonNode entries, String action, String objectId) {
        for (JsonNode entry : entries) {
            if (entry.path("action").asString().equals(action) && entry.path("objectId").asString().equals(objectId)) {
                return entry;
            }
        }
        throw new AssertionError("No " + action + " of " + objectId + " in " + entries);
    }
}
