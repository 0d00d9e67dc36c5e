package vn.vusta.platform.api;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.vusta.platform.Api;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.test.KeycloakTokens;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** REST under /api/v1, OpenAPI with Swagger UI, problem+json errors that name each field. */
@PlatformApiTest
class ApiConventionsTest {

    @Test
    void theOpenApiDocumentDescribesTheApiAndSwaggerUiServesIt() {
        JsonNode openApi = Api.get("/v3/api-docs", null).json();
        assertThat(openApi.path("paths").has("/api/v1/units")).isTrue();
        assertThat(openApi.path("paths").has("/api/v1/units/{id}")).isTrue();
        assertThat(openApi.path("components").path("securitySchemes").has("keycloak")).isTrue();
        var swagger = Api.get("/swagger-ui/index.html", null);
        assertThat(swagger.status()).isEqualTo(200);
        assertThat(swagger.body()).contains("swagger-ui");
    }

    @Test
    void anEditorAddsAndChangesAUnitOfTheirOwnUnion() {
        String token = KeycloakTokens.accessToken("thanh-hoa-editor");
        String name = "Hội Tin học tỉnh Thanh Hóa " + UUID.randomUUID().toString().substring(0, 6);
        var created = Api.call("POST", "/api/v1/units", token, """
                {"name": "%s", "abbreviation": "HTH", "kind": "MEMBER_ASSOCIATION"}""".formatted(name), null);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asString();

        var changed = Api.call("PUT", "/api/v1/units/" + id, token, """
                {"name": "%s", "abbreviation": "HTHTH", "kind": "LINKED_UNIT"}""".formatted(name), null);
        assertThat(changed.json().path("kind").asString()).isEqualTo("LINKED_UNIT");
        assertThat(Api.get("/api/v1/units/" + id, token).json().path("abbreviation").asString()).isEqualTo("HTHTH");

        assertThat(Api.call("DELETE", "/api/v1/units/" + id, token, null, null).status()).isEqualTo(204);
        assertThat(Api.get("/api/v1/units/" + id, token).status()).isEqualTo(404);
    }

    @Test
    void validationErrorsNameEachFieldInTheRequestsLanguage() {
        String token = KeycloakTokens.accessToken("thanh-hoa-editor");
        var vietnamese = Api.call("POST", "/api/v1/units", token, "{\"name\": \"  \"}", "vi");
        assertThat(vietnamese.status()).isEqualTo(400);
        assertThat(vietnamese.contentType()).startsWith("application/problem+json");
        assertThat(vietnamese.json().path("title").asString()).isEqualTo("Dữ liệu không hợp lệ");
        assertThat(vietnamese.json().path("errors").toString())
                .contains("{\"field\":\"name\",\"message\":\"không được để trống\"}")
                .contains("{\"field\":\"kind\",\"message\":\"phải có giá trị\"}");

        var english = Api.call("POST", "/api/v1/units", token, "{\"name\": \"Hội\", \"kind\": \"CLUB\"}", "en");
        assertThat(english.json().path("title").asString()).isEqualTo("Invalid input");
        assertThat(english.json().path("errors").toString()).contains("{\"field\":\"kind\",\"message\":\"invalid value\"}");
        var badId = Api.call("GET", "/api/v1/units/not-an-id", token, null, "en");
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.json().path("errors").get(0).path("field").asString()).isEqualTo("id");
    }

    @Test
    void frameworkErrorsAreProblemsInTheRequestsLanguageToo() {
        String token = KeycloakTokens.accessToken("thanh-hoa-editor");
        var wrongMethod = Api.call("PATCH", "/api/v1/units", token, "{}", "vi");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.contentType()).startsWith("application/problem+json");
        assertThat(wrongMethod.json().path("title").asString()).isEqualTo("Phương thức không được hỗ trợ");
        var noBody = Api.call("POST", "/api/v1/units", token, null, "en");
        assertThat(noBody.status()).isEqualTo(400);
        assertThat(noBody.contentType()).startsWith("application/problem+json");
        assertThat(noBody.json().path("detail").asString()).isEqualTo("The request body could not be read (valid JSON expected).");
    }

    @Test
    void aDuplicateNameIsAConflictNamingTheField() {
        String token = KeycloakTokens.accessToken("thanh-hoa-editor");
        var duplicate = Api.call("POST", "/api/v1/units", token,
                "{\"name\": \"Hội Làm vườn tỉnh Thanh Hóa\", \"kind\": \"MEMBER_ASSOCIATION\"}", "vi");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().path("errors").get(0).path("field").asString()).isEqualTo("name");
        assertThat(duplicate.json().path("detail").asString()).contains("Đã có đơn vị mang tên \"Hội Làm vườn tỉnh Thanh Hóa\"");
    }

    @Test
    void theSameNameMayExistInAnotherUnion() {
        // Unique keys include tenant_id: Hải Phòng's name does not block Thanh Hóa, nor reveal that it exists.
        String token = KeycloakTokens.accessToken("thanh-hoa-editor");
        var created = Api.call("POST", "/api/v1/units", token,
                "{\"name\": \"Hội Tin học thành phố Hải Phòng\", \"kind\": \"LINKED_UNIT\"}", null);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Api.call("DELETE", "/api/v1/units/" + created.json().path("id").asString(), token, null, null);
    }
}
