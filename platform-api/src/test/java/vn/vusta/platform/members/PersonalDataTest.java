package vn.vusta.platform.members;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.vusta.platform.Api;
import vn.vusta.platform.DemoTenants;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.LocalCredentials;
import vn.vusta.platform.deploy.test.KeycloakTokens;
import vn.vusta.platform.deploy.test.TestStack;
import vn.vusta.platform.registry.Workspace;
import vn.vusta.platform.registry.WorkspaceSummary;
import vn.vusta.platform.tenancy.AccessScope;
import vn.vusta.platform.tenancy.Tenants;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A person's rights (Law 91/2025/QH15): see everything held on them, and be erased with the figures kept. */
@PlatformApiTest
class PersonalDataTest {

    @Autowired
    Workspace workspace;
    @Autowired
    Tenants tenants;

    private static final String HOI_Y_HOC = "0195d2a0-0038-7000-8000-000000000002";

    @Test
    void everythingHeldOnAPersonComesOutTogether() {
        String editor = KeycloakTokens.accessToken("thanh-hoa-editor");
        String id = create(editor, "Vũ Thị Hồ Sơ " + suffix(), "hoso@example.vn");
        Api.call("PUT", "/api/v1/members/" + id, editor, """
                {"fullName": "Vũ Thị Hồ Sơ Mới", "email": "hoso@example.vn", "phone": "0911000111", "unitIds": ["%s"],
                 "processingConsentOn": "2024-03-01"}""".formatted(HOI_Y_HOC), null);
        JsonNode dossier = Api.get("/api/v1/members/" + id + "/personal-data", KeycloakTokens.accessToken("thanh-hoa-viewer")).json();
        assertThat(dossier.path("member").path("fullName").asString()).isEqualTo("Vũ Thị Hồ Sơ Mới");
        assertThat(dossier.path("member").path("phone").asString()).isEqualTo("0911000111");
        assertThat(dossier.path("member").path("units").get(0).path("name").asString()).isEqualTo("Hội Y học tỉnh Thanh Hóa");
        assertThat(dossier.path("member").path("processingConsentOn").asString()).isEqualTo("2024-03-01");
        assertThat(dossier.path("history").size()).isEqualTo(2);
        assertThat(dossier.path("history").get(0).path("action").asString()).isEqualTo("member.created");
    }

    @Test
    void aPersonsSeatsInGoverningBodiesAreInTheirDataAndKeepThemFromBeingDeleted() {
        String leCongCuong = "0195d2a0-0038-7000-8001-00000000000e";
        JsonNode dossier = Api.get("/api/v1/members/" + leCongCuong + "/personal-data",
                KeycloakTokens.accessToken("thanh-hoa-admin")).json();
        assertThat(dossier.path("mentions").path("governance_mandate").size()).as("his seats").isPositive();
        // Found by the reference to the member, whatever the column's name (a project's lead_member_id).
        assertThat(dossier.path("mentions").path("research_project").get(0).path("title").asString())
                .as("the research project he leads").isNotBlank();
        var delete = Api.call("DELETE", "/api/v1/members/" + leCongCuong, KeycloakTokens.accessToken("thanh-hoa-editor"), null, null);
        assertThat(delete.status()).isEqualTo(422);
        assertThat(delete.body()).contains("Ban Chấp hành");
        assertThat(Api.get("/api/v1/members/" + leCongCuong, KeycloakTokens.accessToken("thanh-hoa-viewer")).status()).isEqualTo(200);
    }

    @Test
    void erasureKeepsTheFiguresButNothingIdentifiesThePerson() throws Exception {
        String admin = KeycloakTokens.accessToken("thanh-hoa-admin");
        String name = "Đinh Xuân Quên " + suffix();
        String id = create(admin, name, "quen@example.vn");
        String ownWord = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        assertThat(thanhHoaNameWords(ownWord)).as("a word of the name among the union's name words").isOne();
        JsonNode before = Api.get("/api/v1/members?size=1", admin).json();
        WorkspaceSummary censusBefore = thanhHoaSummary();

        assertThat(Api.call("POST", "/api/v1/members/" + id + "/erasure", KeycloakTokens.accessToken("thanh-hoa-editor"), null, null)
                .status()).as("only administrators erase").isEqualTo(403);
        assertThat(Api.call("POST", "/api/v1/members/" + id + "/erasure", admin, null, null).status()).isEqualTo(204);

        JsonNode erased = Api.get("/api/v1/members/" + id, admin).json();
        assertThat(erased.path("status").asString()).isEqualTo("ERASED");
        assertThat(erased.toString()).doesNotContain(name).doesNotContain("quen@example.vn").doesNotContain("1977");
        assertThat(erased.path("units").get(0).path("name").asString()).as("still counted in its unit").isEqualTo("Hội Y học tỉnh Thanh Hóa");
        assertThat(Api.get("/api/v1/members?size=1", admin).json().path("total").asInt())
                .as("the number of members").isEqualTo(before.path("total").asInt());
        assertThat(thanhHoaSummary()).as("the census and the units").isEqualTo(censusBefore);
        assertThat(censusBefore.members()).isEqualTo(23_628L);
        String byName = Api.get("/api/v1/members?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8), admin).body();
        assertThat(byName).as("a search by the erased name").doesNotContain(id);
        assertThat(thanhHoaNameWords(ownWord)).as("the erased name's own word, gone from the union's name words").isZero();
        String audit = Api.get("/api/v1/audit?action=member.&limit=500", admin).body();
        assertThat(audit).contains(id).doesNotContain(name).doesNotContain("quen@example.vn");
        assertThat(Api.call("PUT", "/api/v1/members/" + id, admin, "{\"fullName\": \"%s\"}".formatted(name), null).status())
                .as("an erased member cannot be filled in again").isEqualTo(422);
    }

    private static String create(String token, String name, String email) {
        var created = Api.call("POST", "/api/v1/members", token, """
                {"fullName": "%s", "birthYear": 1977, "email": "%s", "unitIds": ["%s"], "fieldCodes": ["302"]}
                """.formatted(name, email, HOI_Y_HOC), null);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    private WorkspaceSummary thanhHoaSummary() throws Exception {
        var tenant = tenants.findByCode("thanh-hoa").orElseThrow();
        return ScopedValue.where(AccessScope.CURRENT, new AccessScope.TenantAccess(tenant)).call(() -> workspace.summary());
    }

    /** How many of Thanh Hóa's name words (V29) are this word, as the owner reads them in its scope. */
    private static long thanhHoaNameWords(String word) throws SQLException {
        try (Connection c = DriverManager.getConnection(TestStack.current().postgres().jdbcUrl(),
                LocalCredentials.OWNER_ROLE, LocalCredentials.OWNER_PASSWORD)) {
            c.setAutoCommit(false);
            try (var scope = c.prepareStatement("select begin_tenant_scope(?)")) {
                scope.setObject(1, DemoTenants.THANH_HOA);
                scope.execute();
            }
            try (var s = c.prepareStatement("select count(*) from name_word where word = ?")) {
                s.setString(1, word);
                try (var rs = s.executeQuery()) {
                    rs.next();
                    long count = rs.getLong(1);
                    c.rollback();
                    return count;
                }
            }
        }
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 4);
    }
}
