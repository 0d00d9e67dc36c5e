package vn.vusta.platform.commendations;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.vusta.platform.Api;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.test.KeycloakTokens;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Commendations through /api/v1/commendations: Hải Phòng's "9 tập thể và 2 cá nhân" of 2022 read off the list, and
 * Hưng Yên's secretariat recording decisions with their recipients, each mistake refused with its field named.
 */
@PlatformApiTest
class CommendationsApiTest {

    private static final String HUNG_YEN_UNIT = "0195d2a0-0033-7000-8000-000000000001";
    private static final String HUNG_YEN_MEMBER = "0195d2a0-0033-7000-8001-000000000001";
    private static final String HAI_PHONG_UNIT = "0195d2a0-0031-7000-8000-000000000001";
    /** Each test writes decisions of its own year, so that the years' totals are its own. */
    private static final AtomicInteger NEXT_YEAR = new AtomicInteger(1990);

    @Test
    void haiPhongsCertificatesOf2022AreNineCollectivesAndTwoIndividuals() {
        String viewer = KeycloakTokens.accessToken("hai-phong-viewer");
        JsonNode years = ok(Api.get("/api/v1/commendations", viewer));
        assertThat(years.get(0).path("year").asInt()).isEqualTo(2022);
        assertThat(totals(years.get(0))).isEqualTo("1 decisions, 9 collectives, 2 individuals");

        JsonNode of2022 = ok(Api.get("/api/v1/commendations/years/2022", viewer));
        assertThat(totals(of2022.path("totals"))).isEqualTo("1 decisions, 9 collectives, 2 individuals");
        JsonNode decision = of2022.path("decisions").get(0);
        assertThat(decision.path("kind").asString()).isEqualTo("CERTIFICATE");
        assertThat(decision.path("decidedOn").asString()).isEqualTo("2022-12-27");
        assertThat(decision.path("issuer").asString()).isEqualTo("Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Hải Phòng");
        assertThat(decision.path("reason").asString()).isEqualTo("Có thành tích xuất sắc trong công tác của Liên hiệp Hội năm 2022");
        assertThat(decision.path("collectives").asInt()).isEqualTo(9);
        assertThat(decision.path("individuals").asInt()).isEqualTo(2);
        JsonNode recipients = decision.path("recipients");
        assertThat(recipients).hasSize(11);
        // A unit of the registry is named as the registry names it.
        assertThat(recipients.get(0).path("name").asString()).isEqualTo("Hội Làm vườn thành phố Hải Phòng");
        assertThat(recipients.get(0).path("unitId").asString()).isEqualTo(HAI_PHONG_UNIT);
        assertThat(recipients.get(10).path("kind").asString()).isEqualTo("INDIVIDUAL");
        assertThat(recipients.get(10).path("name").asString()).isEqualTo("Vũ Đức Toàn");

        JsonNode one = ok(Api.get("/api/v1/commendations/" + decision.path("id").asString(), viewer));
        assertThat(one.path("number").asString()).isEqualTo("86/QĐ-LHH");
        JsonNode scan = one.path("attachments").get(0);
        assertThat(scan.path("name").asString()).isEqualTo("Quyết định tặng Giấy khen năm 2022.pdf");
        assertThat(Api.download("/api/v1/files/" + scan.path("id").asString(), viewer).contentType()).isEqualTo("application/pdf");
        assertThat(totals(ok(Api.get("/api/v1/commendations/years/2021", viewer)).path("totals")))
                .isEqualTo("0 decisions, 0 collectives, 0 individuals");
    }

    @Test
    void anEditorRecordsDecisionsWithTheirRecipientsAndTheYearAddsThemUp() {
        String editor = KeycloakTokens.accessToken("hung-yen-editor");
        int year = NEXT_YEAR.getAndIncrement();
        JsonNode certificate = created(Api.call("POST", "/api/v1/commendations", editor, """
                {"kind": "CERTIFICATE", "number": "45/QĐ-LHH", "decidedOn": "%d-12-26",
                 "issuer": "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hưng Yên", "year": %d,
                 "reason": "Có thành tích xuất sắc trong công tác hội năm %d",
                 "recipients": [{"kind": "COLLECTIVE", "unitId": "%s"},
                                {"kind": "COLLECTIVE", "name": "Trường Đại học Sư phạm Kỹ thuật Hưng Yên"},
                                {"kind": "INDIVIDUAL", "memberId": "%s", "name": "", "detail": "Ủy viên Ban Chấp hành"},
                                {"kind": "INDIVIDUAL", "name": "Nguyễn Thị Mai", "detail": "Chuyên viên Văn phòng"}]}"""
                .formatted(year, year, year, HUNG_YEN_UNIT, HUNG_YEN_MEMBER), "vi"));
        assertThat(certificate.path("collectives").asInt()).isEqualTo(2);
        assertThat(certificate.path("individuals").asInt()).isEqualTo(2);
        assertThat(certificate.path("recipients")).extracting(r -> r.path("name").asString())
                .containsExactly("Hội Nông học tỉnh Hưng Yên", "Trường Đại học Sư phạm Kỹ thuật Hưng Yên", "Trần Văn Phúc",
                        "Nguyễn Thị Mai");
        created(Api.call("POST", "/api/v1/commendations", editor, """
                {"kind": "DIPLOMA", "number": "12/QĐ-UBND", "decidedOn": "%d-01-15", "issuer": "UBND tỉnh Hưng Yên",
                 "year": %d, "reason": "Có thành tích trong phong trào thi đua",
                 "recipients": [{"kind": "INDIVIDUAL", "name": "Lê Văn Bằng"}]}""".formatted(year + 1, year), "vi"));

        JsonNode ofYear = ok(Api.get("/api/v1/commendations/years/" + year, editor));
        assertThat(totals(ofYear.path("totals"))).isEqualTo("2 decisions, 2 collectives, 3 individuals");
        // Newest first: the diploma decided early the next year, for the same year's achievements.
        assertThat(ofYear.path("decisions").get(0).path("kind").asString()).isEqualTo("DIPLOMA");
        assertThat(ok(Api.get("/api/v1/commendations", editor))).anySatisfy(y -> {
            assertThat(y.path("year").asInt()).isEqualTo(year);
            assertThat(totals(y)).isEqualTo("2 decisions, 2 collectives, 3 individuals");
        });

        String id = certificate.path("id").asString();
        JsonNode added = created(Api.call("POST", "/api/v1/commendations/" + id + "/recipients", editor,
                "{\"kind\": \"COLLECTIVE\", \"name\": \"Hội Luật gia tỉnh Hưng Yên\"}", "vi"));
        assertThat(added.path("collectives").asInt()).isEqualTo(3);
        assertThat(added.path("recipients").get(4).path("position").asInt()).isEqualTo(5);
        String removed = added.path("recipients").get(1).path("id").asString();
        JsonNode after = ok(Api.call("DELETE", "/api/v1/commendations/" + id + "/recipients/" + removed, editor, null, "vi"));
        assertThat(after.path("recipients")).extracting(r -> r.path("name").asString()).doesNotContain("Trường Đại học Sư phạm Kỹ thuật Hưng Yên");

        JsonNode corrected = ok(Api.call("PUT", "/api/v1/commendations/" + id, editor, """
                {"kind": "CERTIFICATE", "number": "46/QĐ-LHH", "decidedOn": "%d-12-27",
                 "issuer": "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hưng Yên", "year": %d,
                 "reason": "Có thành tích xuất sắc trong công tác hội năm %d"}""".formatted(year, year, year), "vi"));
        assertThat(corrected.path("number").asString()).isEqualTo("46/QĐ-LHH");
        assertThat(corrected.path("recipients")).hasSize(4);

        assertThat(Api.call("DELETE", "/api/v1/commendations/" + id, editor, null, "vi").status()).isEqualTo(204);
        assertThat(Api.get("/api/v1/commendations/" + id, editor).status()).isEqualTo(404);
        assertThat(totals(ok(Api.get("/api/v1/commendations/years/" + year, editor)).path("totals")))
                .isEqualTo("1 decisions, 0 collectives, 1 individuals");

        String audit = Api.get("/api/v1/audit?action=commendation&limit=500", KeycloakTokens.accessToken("hung-yen-admin")).body();
        assertThat(audit).contains("commendation.created", "commendation.recipient-added", "commendation.recipient-removed",
                "commendation.updated", "commendation.deleted", "hung-yen-editor", id);
    }

    @Test
    void everyMistakeIsRefusedNamingItsFieldAndWritesNothing() {
        String editor = KeycloakTokens.accessToken("hung-yen-editor");
        int year = NEXT_YEAR.getAndIncrement();
        String decision = """
                {"kind": "CERTIFICATE", "number": "%s", "decidedOn": "%d-12-20", "issuer": "Liên hiệp hội tỉnh Hưng Yên",
                 "year": %d, "reason": "Thành tích năm %d", "recipients": [%s]}""";

        refused(Api.call("POST", "/api/v1/commendations", editor, decision.formatted("1/QĐ", year, year, year, ""), "vi"),
                422, "recipients", "quyết định khen thưởng cần ít nhất một tập thể hoặc cá nhân");
        refused(Api.call("POST", "/api/v1/commendations", editor, decision.formatted("1/QĐ", year, year, year, ""), "en"),
                422, "recipients", "a commendation decision needs at least one collective or individual");
        refused(Api.call("POST", "/api/v1/commendations", editor, decision.formatted("1/QĐ", year, year, year,
                        "{\"kind\": \"COLLECTIVE\", \"name\": \"Hội A\"}, {\"kind\": \"INDIVIDUAL\", \"name\": \"  \"}"), "vi"),
                422, "recipients[1].name", "cần chọn đơn vị, hội viên hoặc nhập tên");
        refused(Api.call("POST", "/api/v1/commendations", editor, decision.formatted("1/QĐ", year, year, year,
                        "{\"kind\": \"COLLECTIVE\", \"memberId\": \"" + HUNG_YEN_MEMBER + "\"}"), "vi"),
                422, "recipients[0].memberId", "tập thể không thể là một hội viên");
        refused(Api.call("POST", "/api/v1/commendations", editor, decision.formatted("1/QĐ", year, year, year,
                        "{\"kind\": \"INDIVIDUAL\", \"unitId\": \"" + HUNG_YEN_UNIT + "\"}"), "vi"),
                422, "recipients[0].unitId", "cá nhân không thể là một đơn vị");
        refused(Api.call("POST", "/api/v1/commendations", editor, decision.formatted("1/QĐ", year, year, year,
                        "{\"kind\": \"COLLECTIVE\", \"name\": \"Hội A\"}, {\"kind\": \"COLLECTIVE\", \"unitId\": \"" + HAI_PHONG_UNIT + "\"}"), "vi"),
                422, "recipients[1].unitId", "không có đơn vị này trong hệ thống");
        refused(Api.call("POST", "/api/v1/commendations", editor, decision.formatted("1/QĐ", year, year, year,
                        "{\"kind\": \"COLLECTIVE\", \"name\": \"Hội A\"}, {\"kind\": \"COLLECTIVE\", \"name\": \"hội a\"}"), "vi"),
                422, "recipients[1].name", "đã có trong danh sách được khen thưởng");
        refused(Api.call("POST", "/api/v1/commendations", editor, decision.formatted("1/QĐ", year, year + 1, year,
                        "{\"kind\": \"COLLECTIVE\", \"name\": \"Hội A\"}"), "vi"),
                422, "year", "năm khen thưởng không được sau năm ra quyết định");
        assertThat(totals(ok(Api.get("/api/v1/commendations/years/" + year, editor)).path("totals")))
                .as("nothing of the refused decisions").isEqualTo("0 decisions, 0 collectives, 0 individuals");

        String id = created(Api.call("POST", "/api/v1/commendations", editor, decision.formatted("7/QĐ-LHH", year, year, year,
                "{\"kind\": \"COLLECTIVE\", \"name\": \"Hội A\"}"), "vi")).path("id").asString();
        refused(Api.call("POST", "/api/v1/commendations", editor, decision.formatted("7/QĐ-LHH", year, year, year,
                        "{\"kind\": \"COLLECTIVE\", \"name\": \"Hội B\"}"), "vi"),
                409, "number", "cơ quan này đã có quyết định mang số này trong năm");
        refused(Api.call("POST", "/api/v1/commendations/" + id + "/recipients", editor, "{\"kind\": \"COLLECTIVE\", \"name\": \"Hội A\"}", "vi"),
                409, "name", "đã có trong danh sách được khen thưởng");
        String only = ok(Api.get("/api/v1/commendations/" + id, editor)).path("recipients").get(0).path("id").asString();
        refused(Api.call("DELETE", "/api/v1/commendations/" + id + "/recipients/" + only, editor, null, "vi"),
                409, "recipientId", "không thể xóa người được khen thưởng cuối cùng; hãy xóa cả quyết định");
        assertThat(totals(ok(Api.get("/api/v1/commendations/years/" + year, editor)).path("totals")))
                .isEqualTo("1 decisions, 1 collectives, 0 individuals");

        String viewer = KeycloakTokens.accessToken("hung-yen-viewer");
        assertThat(Api.call("DELETE", "/api/v1/commendations/" + id, viewer, null, "vi").status()).isEqualTo(403);
    }

    @Test
    void theScanOfADecisionIsAttachedDownloadedAndRemovedWithIt() throws Exception {
        String editor = KeycloakTokens.accessToken("hung-yen-editor");
        int year = NEXT_YEAR.getAndIncrement();
        String id = created(Api.call("POST", "/api/v1/commendations", editor, """
                {"kind": "DIPLOMA", "number": "3/QĐ-UBND", "decidedOn": "%d-02-01", "issuer": "UBND tỉnh Hưng Yên", "year": %d,
                 "reason": "Thành tích xuất sắc", "recipients": [{"kind": "INDIVIDUAL", "name": "Đỗ Văn Được"}]}"""
                .formatted(year, year), "vi")).path("id").asString();
        byte[] scan;
        try (var in = getClass().getResourceAsStream("/demo-files/bao-cao.pdf")) {
            scan = in.readAllBytes();
        }
        JsonNode attached = created(Api.upload("/api/v1/commendations/" + id + "/attachments", editor, "Quyết định 3-QĐ-UBND.pdf", scan));
        JsonNode file = attached.path("attachments").get(0);
        assertThat(file.path("name").asString()).isEqualTo("Quyết định 3-QĐ-UBND.pdf");
        assertThat(file.path("contentType").asString()).isEqualTo("application/pdf");
        String fileId = file.path("id").asString();
        assertThat(Api.download("/api/v1/files/" + fileId, editor).body()).isEqualTo(scan);

        refused(Api.upload("/api/v1/commendations/" + id + "/attachments", editor, "trong.pdf", new byte[0]),
                422, "file", "Tệp trong.pdf rỗng.");
        // Another union's decision is not found, and nothing of the upload is kept.
        assertThat(Api.upload("/api/v1/commendations/0195d2a0-0031-7000-8037-000000000001/attachments", editor, "x.pdf", scan).status())
                .isEqualTo(404);

        JsonNode detached = ok(Api.call("DELETE", "/api/v1/commendations/" + id + "/attachments/" + fileId, editor, null, "vi"));
        assertThat(detached.path("attachments")).isEmpty();
        assertThat(Api.download("/api/v1/files/" + fileId, editor).status()).isEqualTo(404);

        String again = created(Api.upload("/api/v1/commendations/" + id + "/attachments", editor, "Quyết định.pdf", scan))
                .path("attachments").get(0).path("id").asString();
        assertThat(Api.call("DELETE", "/api/v1/commendations/" + id, editor, null, "vi").status()).isEqualTo(204);
        assertThat(Api.download("/api/v1/files/" + again, editor).status()).as("the file goes with its decision").isEqualTo(404);
    }

    private static String totals(JsonNode totals) {
        return totals.path("decisions").asInt() + " decisions, " + totals.path("collectives").asInt() + " collectives, "
                + totals.path("individuals").asInt() + " individuals";
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode created(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    private static void refused(Api.Response response, int status, String field, String message) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode error = response.json().path("errors").get(0);
        assertThat(error.path("field").asString()).isEqualTo(field);
        assertThat(error.path("message").asString()).isEqualTo(message);
    }
}
