package vn.vusta.platform.admin;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.vusta.platform.TenantAdminTest;
import vn.vusta.platform.deploy.test.KeycloakTokens;
import vn.vusta.platform.identity.KeycloakAdmin;
import vn.vusta.platform.tenancy.Tenants;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vusta.platform.admin.AdminTestSupport.baseUrl;

/**
 * A tenant's code is its province's, checked against the province list before anything is written (no tenant, no
 * Keycloak organization); its name is the province union's; one tenant per province; the same code sent twice at
 * once gives one tenant and a clear answer to the second.
 */
@TenantAdminTest
class OnboardingCodesTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Tenants tenants;
    @Autowired
    KeycloakAdmin keycloak;

    @Test
    void aCodeThatIsNotTheProvincesIsRefusedNamingTheFieldAndNothingIsWritten() throws Exception {
        for (String code : List.of("nghe-", "nghe--an", "nghe", "ha-tinh", "nghe-an-2")) {
            var response = onboard(code, "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Nghệ An", "40", "admin@" + code + "x.example.vn");
            assertThat(response.statusCode()).as(code + ": " + response.body()).isIn(400, 422);
            JsonNode errors = JSON.readTree(response.body()).path("errors");
            assertThat(errors.toString()).as(code).contains("\"field\":\"code\"");
            assertThat(response.body()).doesNotContain("Keycloak");
            assertThat(tenants.findByCode(code)).as(code).isEmpty();
            assertThat(keycloak.findOrganization(code)).as(code).isEmpty();
        }
        var refused = onboard("nghe-", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Nghệ An", "40", "a@nghean.example.vn");
        assertThat(JSON.readTree(refused.body()).path("errors").get(0).path("message").asString()).contains("nghe-an");
    }

    @Test
    void aFreeFormNameIsRefusedNamingTheField() throws Exception {
        var response = onboard("dong-thap", "Hội gì cũng được", "82", "admin@dongthap.example.vn");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        JsonNode error = JSON.readTree(response.body()).path("errors").get(0);
        assertThat(error.path("field").asString()).isEqualTo("name");
        assertThat(error.path("message").asString()).contains("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Đồng Tháp");
        assertThat(tenants.findByCode("dong-thap")).isEmpty();
        assertThat(keycloak.findOrganization("dong-thap")).isEmpty();
    }

    @Test
    void aSecondTenantForOneProvinceIsRefused() throws Exception {
        var copy = onboard("thanh-hoa-2", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thanh Hóa", "38", "admin2@thanhhoa.example.vn");
        assertThat(copy.statusCode()).as(copy.body()).isEqualTo(422);
        assertThat(JSON.readTree(copy.body()).path("errors").get(0).path("field").asString()).isEqualTo("code");
        var again = onboard("thanh-hoa", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thanh Hóa", "38", "admin2@thanhhoa.example.vn");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
        assertThat(tenants.all()).filteredOn(t -> t.provinceCode().equals("38")).hasSize(1);
        assertThat(keycloak.findOrganization("thanh-hoa-2")).isEmpty();
    }

    @Test
    void theSameCodeTwiceAtOnceGivesOneTenantAndAClearAnswer() throws Exception {
        String name = "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Cà Mau";
        var first = CompletableFuture.supplyAsync(() -> quietly(() -> onboard("ca-mau", name, "96", "admin@camau.example.vn")));
        var second = CompletableFuture.supplyAsync(() -> quietly(() -> onboard("ca-mau", name, "96", "admin@camau.example.vn")));
        List<HttpResponse<String>> answers = List.of(first.join(), second.join());
        assertThat(answers).extracting(HttpResponse::statusCode).as(answers.stream().map(HttpResponse::body).toList().toString())
                .containsExactlyInAnyOrder(201, 409);
        HttpResponse<String> refused = answers.stream().filter(a -> a.statusCode() == 409).findFirst().orElseThrow();
        assertThat(JSON.readTree(refused.body()).path("detail").asString()).contains("\"ca-mau\"").doesNotContain("Keycloak");
        assertThat(tenants.all()).filteredOn(t -> t.provinceCode().equals("96")).hasSize(1);
        String organization = keycloak.findOrganization("ca-mau").orElseThrow();
        assertThat(keycloak.members(organization)).hasSize(1);
    }

    private interface Call<T> {
        T call() throws Exception;
    }

    private static <T> T quietly(Call<T> call) {
        try {
            return call.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> onboard(String code, String name, String province, String email) throws Exception {
        String json = JSON.writeValueAsString(java.util.Map.of("code", code, "name", name, "provinceCode", province,
                "adminEmail", email, "adminFirstName", "An", "adminLastName", "Nguyễn Văn"));
        return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/tenants"))
                .header("Authorization", "Bearer " + KeycloakTokens.accessToken("platform-admin"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
