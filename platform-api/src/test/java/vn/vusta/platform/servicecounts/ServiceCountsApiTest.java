package vn.vusta.platform.servicecounts;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.vusta.platform.Api;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.test.KeycloakTokens;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counted services through /api/v1/service-counts and /api/v1/service-count-kinds: Thanh Hóa's H1 2021 figures as
 * its report quotes them ("2.030 vụ việc", "gần 20 đề án", "21 nhiệm vụ", "150 báo cáo"), totals that count nothing
 * twice, and the kinds a union configures (written in Hưng Yên so that Thanh Hóa's figures stay).
 */
@PlatformApiTest
class ServiceCountsApiTest {

    private static final String HUNG_YEN_UNIT = "0195d2a0-0033-7000-8000-000000000001";
    private static final String HAI_PHONG_UNIT = "0195d2a0-0031-7000-8000-000000000001";

    @Test
    void thanhHoasFirstHalfOf2021AddsUpToTheFiguresOfItsReport() {
        String viewer = KeycloakTokens.accessToken("thanh-hoa-viewer");
        JsonNode totals = Api.get("/api/v1/service-counts/totals?from=2021-01-01&to=2021-06-30", viewer).json();
        JsonNode legalAdvice = kind(totals, "Tư vấn pháp luật");
        assertThat(legalAdvice.path("total").asLong()).isEqualTo(2_030);
        assertThat(legalAdvice.path("kind").path("unitOfCount").asString()).isEqualTo("vụ việc");
        // The legal aid centre's two quarters, the institute's half-year and the union office's half-year.
        assertThat(legalAdvice.path("counts").asInt()).isEqualTo(4);
        assertThat(legalAdvice.path("units").asInt()).isEqualTo(3);
        assertThat(legalAdvice.path("straddling").asInt()).isZero();
        assertThat(kind(totals, "Tư vấn đề án, dự án quy hoạch").path("total").asLong()).isEqualTo(19);
        assertThat(kind(totals, "Tư vấn phản biện nhiệm vụ nông, lâm nghiệp").path("total").asLong()).isEqualTo(21);
        assertThat(kind(totals, "Thẩm định, phản biện báo cáo đánh giá tác động môi trường").path("total").asLong()).isEqualTo(150);
        // The kind retired in January 2021 has no count in 2021: it is not listed.
        assertThat(totals.toString()).doesNotContain("Thẩm định thiết kế dự toán xây dựng cơ bản");

        // Quarter II alone: the centre's second quarter; the half-year counts straddle it and are left out, not split.
        JsonNode secondQuarter = kind(Api.get("/api/v1/service-counts/totals?from=2021-04-01&to=2021-06-30", viewer).json(),
                "Tư vấn pháp luật");
        assertThat(secondQuarter.path("total").asLong()).isEqualTo(650);
        assertThat(secondQuarter.path("straddling").asInt()).isEqualTo(2);
        // The whole year adds the third quarter.
        assertThat(kind(Api.get("/api/v1/service-counts/totals?from=2021-01-01&to=2021-12-31", viewer).json(),
                "Tư vấn pháp luật").path("total").asLong()).isEqualTo(2_730);
        // 2020 had the retired kind's counts.
        assertThat(kind(Api.get("/api/v1/service-counts/totals?from=2020-01-01&to=2020-12-31", viewer).json(),
                "Thẩm định thiết kế dự toán xây dựng cơ bản").path("kind").path("retired").asBoolean()).isTrue();

        JsonNode counts = Api.get("/api/v1/service-counts?from=2021-01-01&to=2021-06-30&kindId="
                + legalAdvice.path("kind").path("id").asString(), viewer).json();
        assertThat(counts).hasSize(4);
        assertThat(counts.toString()).contains("Trung tâm Tư vấn pháp luật và Trợ giúp pháp lý", "Cho hàng ngàn lượt người");
    }

    @Test
    void aUnionAddsRenamesRetiresAndReinstatesAKindOfService() {
        String admin = KeycloakTokens.accessToken("hung-yen-admin");
        String name = "Tư vấn chuyển giao kỹ thuật " + suffix();
        var added = Api.call("POST", "/api/v1/service-count-kinds", admin,
                "{\"name\": \"%s\", \"unitOfCount\": \"lượt\"}".formatted(name), "vi");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        String kindId = added.json().path("id").asString();

        var taken = Api.call("POST", "/api/v1/service-count-kinds", admin,
                "{\"name\": \"%s\", \"unitOfCount\": \"lượt\"}".formatted(name), "vi");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().path("errors").toString())
                .isEqualTo("[{\"field\":\"name\",\"message\":\"đã có loại dịch vụ mang tên này\"}]");

        String renamed = "Chuyển giao kỹ thuật cho nông dân " + suffix();
        var rename = Api.call("PUT", "/api/v1/service-count-kinds/" + kindId, admin,
                "{\"name\": \"%s\", \"unitOfCount\": \"lượt hộ\"}".formatted(renamed), "vi");
        assertThat(rename.json().path("unitOfCount").asString()).isEqualTo("lượt hộ");

        String editor = KeycloakTokens.accessToken("hung-yen-editor");
        var counted = count(editor, kindId, HUNG_YEN_UNIT, "2025-01-01", "2025-03-31", 120);
        assertThat(counted.status()).as(counted.body()).isEqualTo(201);
        assertThat(counted.json().path("kindName").asString()).isEqualTo(renamed);

        assertThat(Api.call("POST", "/api/v1/service-count-kinds/" + kindId + "/retire", admin, null, "vi")
                .json().path("retired").asBoolean()).isTrue();
        var refused = count(editor, kindId, HUNG_YEN_UNIT, "2025-04-01", "2025-06-30", 80);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("errors").toString()).isEqualTo(
                "[{\"field\":\"kindId\",\"message\":\"loại dịch vụ \\\"%s\\\" đã ngừng dùng, không nhận số liệu mới\"}]".formatted(renamed));
        assertThat(Api.get("/api/v1/service-count-kinds?withRetired=false", editor).body()).doesNotContain(kindId);
        // Its counts stay in the totals, and may still be corrected.
        assertThat(kind(Api.get("/api/v1/service-counts/totals?from=2025-01-01&to=2025-06-30", editor).json(), renamed)
                .path("total").asLong()).isEqualTo(120);
        var corrected = Api.call("PUT", "/api/v1/service-counts/" + counted.json().path("id").asString(), editor, """
                {"kindId": "%s", "unitId": "%s", "periodStart": "2025-01-01", "periodEnd": "2025-03-31", "quantity": 125}"""
                .formatted(kindId, HUNG_YEN_UNIT), "vi");
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);

        Api.call("POST", "/api/v1/service-count-kinds/" + kindId + "/reinstate", admin, null, "vi");
        assertThat(count(editor, kindId, HUNG_YEN_UNIT, "2025-04-01", "2025-06-30", 80).status()).isEqualTo(201);
        assertThat(kind(Api.get("/api/v1/service-counts/totals?from=2025-01-01&to=2025-06-30", editor).json(), renamed)
                .path("total").asLong()).isEqualTo(205);

        String audit = Api.get("/api/v1/audit?action=service-count&limit=500", admin).body();
        assertThat(audit).contains("service-count-kind.created", "service-count-kind.renamed", "service-count-kind.retired",
                "service-count-kind.reinstated", "service-count.recorded", "service-count.updated", kindId);
    }

    @Test
    void overlappingPeriodsNegativeCountsAndReversedPeriodsAreRefusedNamingTheField() {
        String editor = KeycloakTokens.accessToken("hung-yen-editor");
        String kindId = newKind(editor);
        assertThat(count(editor, kindId, HUNG_YEN_UNIT, "2025-01-01", "2025-06-30", 700).status()).isEqualTo(201);
        assertThat(count(editor, kindId, null, "2025-01-01", "2025-06-30", 300).status()).isEqualTo(201);

        // The same unit and kind again over part of that half-year.
        var overlapping = count(editor, kindId, HUNG_YEN_UNIT, "2025-04-01", "2025-09-30", 50);
        assertThat(overlapping.status()).isEqualTo(409);
        assertThat(overlapping.json().path("errors").toString()).isEqualTo("[{\"field\":\"periodStart\",\"message\":"
                + "\"trùng với kỳ 01/01/2025 – 30/06/2025 đã nhập (700) cho đơn vị và loại dịch vụ này; hãy sửa số liệu đó hoặc chọn kỳ khác\"}]");
        // The union's office counts apart from its units, and overlaps only with itself.
        assertThat(count(editor, kindId, null, "2025-06-01", "2025-07-31", 10).status()).isEqualTo(409);
        assertThat(count(editor, kindId, HUNG_YEN_UNIT, "2025-07-01", "2025-09-30", 250).status()).isEqualTo(201);

        var negative = count(editor, kindId, HUNG_YEN_UNIT, "2025-10-01", "2025-12-31", -3);
        assertThat(negative.status()).isEqualTo(422);
        assertThat(negative.json().path("errors").toString())
                .isEqualTo("[{\"field\":\"quantity\",\"message\":\"số lượng không được âm\"}]");
        var reversed = count(editor, kindId, HUNG_YEN_UNIT, "2025-12-31", "2025-10-01", 3);
        assertThat(reversed.status()).isEqualTo(422);
        assertThat(reversed.json().path("errors").get(0).path("field").asString()).isEqualTo("periodEnd");
        var foreignUnit = count(editor, kindId, HAI_PHONG_UNIT, "2025-10-01", "2025-12-31", 3);
        assertThat(foreignUnit.status()).isEqualTo(422);
        assertThat(foreignUnit.json().path("errors").get(0).path("field").asString()).isEqualTo("unitId");
        var unknownKind = count(editor, UUID.randomUUID().toString(), HUNG_YEN_UNIT, "2025-10-01", "2025-12-31", 3);
        assertThat(unknownKind.json().path("errors").get(0).path("field").asString()).isEqualTo("kindId");

        JsonNode firstHalf = kind(Api.get("/api/v1/service-counts/totals?from=2025-01-01&to=2025-06-30", editor).json(),
                kindName(editor, kindId));
        assertThat(firstHalf.path("total").asLong()).isEqualTo(1_000);
        assertThat(firstHalf.path("units").asInt()).isEqualTo(2);
        assertThat(kind(Api.get("/api/v1/service-counts/totals?from=2025-01-01&to=2025-12-31", editor).json(),
                kindName(editor, kindId)).path("total").asLong()).isEqualTo(1_250);
    }

    private static String newKind(String token) {
        return Api.call("POST", "/api/v1/service-count-kinds", token,
                "{\"name\": \"Tư vấn pháp luật %s\", \"unitOfCount\": \"vụ việc\"}".formatted(suffix()), "vi")
                .json().path("id").asString();
    }

    private static String kindName(String token, String kindId) {
        return Api.get("/api/v1/service-count-kinds/" + kindId, token).json().path("name").asString();
    }

    private static Api.Response count(String token, String kindId, String unitId, String from, String to, int quantity) {
        return Api.call("POST", "/api/v1/service-counts", token, """
                {"kindId": "%s", "unitId": %s, "periodStart": "%s", "periodEnd": "%s", "quantity": %d}"""
                .formatted(kindId, unitId == null ? "null" : "\"" + unitId + "\"", from, to, quantity), "vi");
    }

    private static JsonNode kind(JsonNode totals, String name) {
        for (JsonNode t : totals) {
            if (t.path("kind").path("name").asString().equals(name)) {
                return t;
            }
        }
        throw new AssertionError("no kind " + name + " in " + totals);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
