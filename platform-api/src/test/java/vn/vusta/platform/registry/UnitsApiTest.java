package vn.vusta.platform.registry;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.vusta.platform.Api;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.test.KeycloakTokens;
import vn.vusta.platform.tenancy.AccessScope;
import vn.vusta.platform.tenancy.Tenants;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A unit's whole record and its member census, and the union's totals that follow from them. */
@PlatformApiTest
class UnitsApiTest {

    private static final String HUNG_YEN_NONG_HOC = "0195d2a0-0033-7000-8000-000000000001";

    @Autowired
    Workspace workspace;
    @Autowired
    Tenants tenants;

    @Test
    void aUnitKeepsItsFoundingDecisionAddressLeaderAndDissolution() throws Exception {
        String editor = KeycloakTokens.accessToken("hung-yen-editor");
        String name = "Hội Thủy lợi tỉnh Hưng Yên " + UUID.randomUUID().toString().substring(0, 4);
        var created = Api.call("POST", "/api/v1/units", editor, """
                {"name": "%s", "abbreviation": "HTLHY", "kind": "MEMBER_ASSOCIATION", "fieldOfWork": "Thủy lợi",
                 "foundingDecisionNumber": "1234/QĐ-UBND", "foundingDecisionDate": "2010-05-20",
                 "foundingDecisionIssuer": "UBND tỉnh Hưng Yên", "commune": "phường Phố Hiến", "provinceCode": "33",
                 "leaderName": "Đỗ Văn Thủy", "contactPhone": "0221 3555 666", "contactEmail": "thuyloi@example.vn"}
                """.formatted(name), null);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode unit = created.json();
        assertThat(unit.path("foundingDecision").path("number").asString()).isEqualTo("1234/QĐ-UBND");
        assertThat(unit.path("foundingDecision").path("date").asString()).isEqualTo("2010-05-20");
        assertThat(unit.path("status").asString()).isEqualTo("ACTIVE");
        String id = unit.path("id").asString();
        int activeBefore = summary().unitsOf(UnitKind.MEMBER_ASSOCIATION);

        var undated = Api.call("PUT", "/api/v1/units/" + id, editor,
                "{\"name\": \"%s\", \"kind\": \"MEMBER_ASSOCIATION\", \"status\": \"DISSOLVED\"}".formatted(name), null);
        assertThat(undated.status()).isEqualTo(422);
        assertThat(undated.json().path("errors").get(0).path("field").asString()).isEqualTo("dissolvedOn");
        assertThat(undated.body()).contains("ngày giải thể");

        var dissolved = Api.call("PUT", "/api/v1/units/" + id, editor, """
                {"name": "%s", "kind": "MEMBER_ASSOCIATION", "status": "DISSOLVED", "dissolvedOn": "2025-06-30"}
                """.formatted(name), null);
        assertThat(dissolved.status()).isEqualTo(200);
        assertThat(summary().unitsOf(UnitKind.MEMBER_ASSOCIATION)).as("active member associations").isEqualTo(activeBefore - 1);

        var unknownProvince = Api.call("PUT", "/api/v1/units/" + id, editor,
                "{\"name\": \"%s\", \"kind\": \"MEMBER_ASSOCIATION\", \"provinceCode\": \"99\"}".formatted(name), null);
        assertThat(unknownProvince.json().path("errors").get(0).path("field").asString()).isEqualTo("provinceCode");
    }

    @Test
    void aUnitOtherRecordsNameIsNotDeletedButTheUserIsToldWhy() {
        String editor = KeycloakTokens.accessToken("hung-yen-editor");
        String unit = Api.call("POST", "/api/v1/units", editor, """
                {"name": "Hội Cơ khí Hưng Yên %s", "kind": "MEMBER_ASSOCIATION"}
                """.formatted(UUID.randomUUID().toString().substring(0, 4)), null).json().path("id").asString();
        var event = Api.call("POST", "/api/v1/events", editor, """
                {"kind": "TRAINING", "title": "Tập huấn an toàn cơ khí", "startsOn": "2026-03-12", "organiserUnitId": "%s"}
                """.formatted(unit), null);
        assertThat(event.status()).as(event.body()).isEqualTo(201);

        var refused = Api.call("DELETE", "/api/v1/units/" + unit, editor, null, null);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("id");
        assertThat(refused.body()).contains("giải thể");
        assertThat(Api.get("/api/v1/units/" + unit, editor).status()).isEqualTo(200);
    }

    @Test
    void aCensusChangesTheUnionsTotalAndItsChangeOnAYearEarlier() throws Exception {
        String editor = KeycloakTokens.accessToken("hung-yen-editor");
        assertThat(Api.call("PUT", "/api/v1/units/" + HUNG_YEN_NONG_HOC + "/census/2025-12-31", editor,
                "{\"memberCount\": 2200}", null).status()).isEqualTo(200);
        WorkspaceSummary summary = summary();
        assertThat(summary.censusDate()).hasToString("2025-12-31");
        assertThat(summary.members()).isEqualTo(2200L);
        assertThat(summary.memberChange()).isEqualTo(50L);
        JsonNode census = Api.get("/api/v1/units/" + HUNG_YEN_NONG_HOC + "/census", KeycloakTokens.accessToken("hung-yen-viewer")).json();
        assertThat(census.get(0).path("memberCount").asInt()).isEqualTo(2200);
        assertThat(census.get(1).path("memberCount").asInt()).isEqualTo(2150);

        var negative = Api.call("PUT", "/api/v1/units/" + HUNG_YEN_NONG_HOC + "/census/2025-12-31", editor,
                "{\"memberCount\": -5}", null);
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().path("errors").get(0).path("field").asString()).isEqualTo("memberCount");
    }

    private WorkspaceSummary summary() throws Exception {
        var tenant = tenants.findByCode("hung-yen").orElseThrow();
        return ScopedValue.where(AccessScope.CURRENT, new AccessScope.TenantAccess(tenant)).call(() -> workspace.summary());
    }
}
