package vn.vusta.platform.research;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.vusta.platform.Api;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.test.KeycloakTokens;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Research projects through /api/v1/research-projects: Thanh Hóa's dozen projects of H1 2021 ("hàng chục đề tài, dự
 * án cấp tỉnh, cấp ngành và cấp cơ sở"), and a project's course from registration to acceptance or stop, written in
 * Hưng Yên so that Thanh Hóa's figures stay as the seeds give them.
 */
@PlatformApiTest
class ResearchProjectsApiTest {

    private static final String HUNG_YEN_UNIT = "0195d2a0-0033-7000-8000-000000000001";
    private static final String HUNG_YEN_MEMBER = "0195d2a0-0033-7000-8001-000000000001";
    private static final String THANH_HOA_MEMBER = "0195d2a0-0038-7000-8001-00000000000e";

    @Test
    void thanhHoaCarriedOutTwelveProjectsAtThreeLevelsInTheFirstHalfOf2021() {
        String viewer = KeycloakTokens.accessToken("thanh-hoa-viewer");
        JsonNode totals = Api.get("/api/v1/research-projects/totals?from=2021-01-01&to=2021-06-30", viewer).json();
        assertThat(totals.path("projects").asInt()).isEqualTo(12);
        assertThat(totals.path("byLevel").toString())
                .isEqualTo("{\"NATIONAL\":0,\"MINISTERIAL\":3,\"PROVINCIAL\":5,\"INSTITUTIONAL\":4}");
        assertThat(totals.path("byStatus").toString())
                .isEqualTo("{\"REGISTERED\":1,\"IN_PROGRESS\":7,\"ACCEPTED\":3,\"STOPPED\":1}");
        assertThat(totals.path("acceptedInPeriod").asInt()).isEqualTo(3);

        JsonNode provincial = Api.get("/api/v1/research-projects?from=2021-01-01&to=2021-06-30&level=PROVINCIAL", viewer).json();
        assertThat(provincial).hasSize(5);
        JsonNode led = provincial.get(provincial.size() - 1);
        assertThat(led.path("title").asString()).startsWith("Nâng cao chất lượng tư vấn, phản biện");
        assertThat(led.path("leadResearcher").asString()).isEqualTo("Hoàng Đình Đạt");
        assertThat(led.path("acceptance").path("rating").asString()).isEqualTo("GOOD");
        assertThat(led.path("leadUnitId").isNull()).isTrue();

        // A project begun in September 2021 counts in the year, not in its first half.
        assertThat(Api.get("/api/v1/research-projects/totals?from=2021-01-01&to=2021-12-31", viewer).json()
                .path("projects").asInt()).isEqualTo(13);
        JsonNode stopped = Api.get("/api/v1/research-projects?from=2021-01-01&to=2021-06-30&status=STOPPED", viewer).json();
        assertThat(stopped.get(0).path("stop").path("reason").asString()).startsWith("Chủ nhiệm đề tài chuyển công tác");
    }

    @Test
    void aProjectIsRegisteredStartedAndAcceptedEachStepRefusedOutOfTurn() {
        String editor = KeycloakTokens.accessToken("hung-yen-editor");
        var created = create(editor, """
                {"title": "Mô hình trồng nhãn hữu cơ %s", "kind": "PROJECT", "level": "PROVINCIAL", "leadUnitId": "%s",
                 "leadMemberId": "%s", "commissionedBy": "Sở Khoa học và Công nghệ tỉnh Hưng Yên",
                 "startsOn": "2025-02-01", "endsOn": "2026-01-31", "budget": 750000000}"""
                .formatted(suffix(), HUNG_YEN_UNIT, HUNG_YEN_MEMBER));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asString();
        assertThat(created.json().path("status").asString()).isEqualTo("REGISTERED");
        assertThat(created.json().path("leadResearcher").asString()).isEqualTo("Trần Văn Phúc");
        assertThat(created.json().path("leadUnitName").asString()).isEqualTo("Hội Nông học tỉnh Hưng Yên");

        var tooEarly = accept(editor, id, "2026-01-20", "GOOD");
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.json().path("errors").toString())
                .isEqualTo("[{\"field\":\"status\",\"message\":\"chỉ đề tài, dự án đang thực hiện mới nghiệm thu được\"}]");

        assertThat(Api.call("POST", "/api/v1/research-projects/" + id + "/start", editor, null, "vi").json()
                .path("status").asString()).isEqualTo("IN_PROGRESS");
        var twice = Api.call("POST", "/api/v1/research-projects/" + id + "/start", editor, null, "vi");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().path("errors").get(0).path("field").asString()).isEqualTo("status");

        var noDate = Api.call("POST", "/api/v1/research-projects/" + id + "/acceptance", editor,
                "{\"rating\": \"GOOD\"}", "vi");
        assertThat(noDate.status()).isEqualTo(422);
        assertThat(noDate.json().path("errors").toString())
                .isEqualTo("[{\"field\":\"acceptedOn\",\"message\":\"cần ghi ngày nghiệm thu\"}]");
        var beforeStart = accept(editor, id, "2025-01-15", "GOOD");
        assertThat(beforeStart.status()).isEqualTo(422);
        assertThat(beforeStart.json().path("errors").get(0).path("message").asString())
                .isEqualTo("ngày nghiệm thu không được trước ngày bắt đầu (01/02/2025)");
        var noRating = accept(editor, id, "2026-01-20", null);
        assertThat(noRating.json().path("errors").get(0).path("field").asString()).isEqualTo("rating");
        assertThat(get(editor, id).path("status").asString()).isEqualTo("IN_PROGRESS");

        var accepted = accept(editor, id, "2026-01-20", "EXCELLENT");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().path("status").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.json().path("acceptance").path("acceptedOn").asString()).isEqualTo("2026-01-20");

        var stopAfterwards = stop(editor, id, "2026-02-01", "Không còn kinh phí");
        assertThat(stopAfterwards.status()).isEqualTo(409);
        assertThat(stopAfterwards.json().path("errors").get(0).path("message").asString())
                .isEqualTo("đề tài, dự án đã nghiệm thu hoặc đã dừng");
        // Its start cannot move past the acceptance.
        var moved = Api.call("PUT", "/api/v1/research-projects/" + id, editor, """
                {"title": "Mô hình trồng nhãn hữu cơ", "kind": "PROJECT", "level": "PROVINCIAL", "leadMemberId": "%s",
                 "startsOn": "2026-02-01", "endsOn": "2026-03-31"}""".formatted(HUNG_YEN_MEMBER), "vi");
        assertThat(moved.status()).isEqualTo(422);
        assertThat(moved.json().path("errors").get(0).path("field").asString()).isEqualTo("startsOn");

        String audit = Api.get("/api/v1/audit?action=research-project&limit=500", KeycloakTokens.accessToken("hung-yen-admin")).body();
        assertThat(audit).contains("research-project.created", "research-project.started", "research-project.accepted", id);
    }

    @Test
    void aProjectStopsOnlyWithADayAndAReason() {
        String editor = KeycloakTokens.accessToken("hung-yen-editor");
        String id = create(editor, """
                {"title": "Điều tra giống lúa địa phương %s", "kind": "TOPIC", "level": "INSTITUTIONAL",
                 "leadResearcher": "ThS. Nguyễn Văn Lúa", "startsOn": "2025-03-01", "endsOn": "2025-12-31"}"""
                .formatted(suffix())).json().path("id").asString();

        var noReason = stop(editor, id, "2025-05-01", " ");
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.json().path("errors").toString())
                .isEqualTo("[{\"field\":\"reason\",\"message\":\"cần ghi lý do dừng\"}]");
        var noDay = Api.call("POST", "/api/v1/research-projects/" + id + "/stop", editor, "{\"reason\": \"Hết kinh phí\"}", "en");
        assertThat(noDay.json().path("detail").asString()).isEqualTo("stoppedOn: the day the project stops is needed");

        var stopped = stop(editor, id, "2025-05-01", "Hết kinh phí");
        assertThat(stopped.status()).isEqualTo(200);
        assertThat(stopped.json().path("stop").path("reason").asString()).isEqualTo("Hết kinh phí");
        assertThat(Api.call("POST", "/api/v1/research-projects/" + id + "/start", editor, null, "vi").status()).isEqualTo(409);
        // Stopped in May 2025: in the list of 2025, not of 2026.
        assertThat(ids(Api.get("/api/v1/research-projects?from=2025-01-01&to=2025-12-31", editor).json())).contains(id);
        assertThat(ids(Api.get("/api/v1/research-projects?from=2026-01-01&to=2026-12-31", editor).json())).doesNotContain(id);
    }

    @Test
    void invalidProjectsAreRefusedNamingTheField() {
        String editor = KeycloakTokens.accessToken("hung-yen-editor");
        var endBeforeStart = create(editor, """
                {"title": "Đề tài %s", "kind": "TOPIC", "level": "PROVINCIAL", "leadResearcher": "TS. Lê Văn Một",
                 "startsOn": "2025-06-01", "endsOn": "2025-05-31"}""".formatted(suffix()));
        assertThat(endBeforeStart.status()).isEqualTo(422);
        assertThat(endBeforeStart.json().path("errors").toString())
                .isEqualTo("[{\"field\":\"endsOn\",\"message\":\"ngày kết thúc không được trước ngày bắt đầu\"}]");

        var negativeBudget = create(editor, """
                {"title": "Đề tài %s", "kind": "TOPIC", "level": "PROVINCIAL", "leadResearcher": "TS. Lê Văn Một",
                 "startsOn": "2025-06-01", "endsOn": "2025-12-31", "budget": -1}""".formatted(suffix()));
        assertThat(negativeBudget.json().path("errors").get(0).path("field").asString()).isEqualTo("budget");

        var noLead = create(editor, """
                {"title": "Đề tài %s", "kind": "TOPIC", "level": "PROVINCIAL", "leadResearcher": "  ",
                 "startsOn": "2025-06-01", "endsOn": "2025-12-31"}""".formatted(suffix()));
        assertThat(noLead.json().path("errors").get(0).path("field").asString()).isEqualTo("leadResearcher");

        var anotherUnionsMember = create(editor, """
                {"title": "Đề tài %s", "kind": "TOPIC", "level": "PROVINCIAL", "leadMemberId": "%s",
                 "startsOn": "2025-06-01", "endsOn": "2025-12-31"}""".formatted(suffix(), THANH_HOA_MEMBER));
        assertThat(anotherUnionsMember.status()).isEqualTo(422);
        assertThat(anotherUnionsMember.json().path("errors").get(0).path("field").asString()).isEqualTo("leadMemberId");
        assertThat(anotherUnionsMember.body()).doesNotContain("Lê Công Cường");

        var noLevel = create(editor, """
                {"title": "Đề tài %s", "kind": "TOPIC", "leadResearcher": "TS. Lê Văn Một",
                 "startsOn": "2025-06-01", "endsOn": "2025-12-31"}""".formatted(suffix()));
        assertThat(noLevel.status()).isEqualTo(400);
        assertThat(noLevel.json().path("errors").toString()).contains("{\"field\":\"level\",\"message\":\"phải có giá trị\"}");
    }

    @Test
    void aProjectKeepsItsDocumentsAndAnotherUnionReachesNone() throws Exception {
        String editor = KeycloakTokens.accessToken("hung-yen-editor");
        String id = create(editor, """
                {"title": "Bảo tồn giống gà Đông Tảo %s", "kind": "PROJECT", "level": "PROVINCIAL",
                 "leadResearcher": "TS. Phạm Văn Gà", "startsOn": "2025-01-01", "endsOn": "2025-12-31"}"""
                .formatted(suffix())).json().path("id").asString();
        byte[] pdf;
        try (var in = ResearchProjectsApiTest.class.getResourceAsStream("/demo-files/bao-cao.pdf")) {
            pdf = in.readAllBytes();
        }
        var attached = Api.upload("/api/v1/research-projects/" + id + "/attachments", editor, "Biên bản nghiệm thu.pdf", pdf);
        assertThat(attached.status()).as(attached.body()).isEqualTo(201);
        String fileId = attached.json().path("id").asString();
        assertThat(attached.json().path("contentType").asString()).isEqualTo("application/pdf");
        assertThat(get(editor, id).path("attachments").get(0).path("name").asString()).isEqualTo("Biên bản nghiệm thu.pdf");
        assertThat(Api.download("/api/v1/files/" + fileId, editor).body()).isEqualTo(pdf);

        var program = Api.upload("/api/v1/research-projects/" + id + "/attachments", editor, "hop-dong.pdf",
                "MZ\u0090\u0000 PE program".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(program.status()).isEqualTo(422);
        assertThat(program.json().path("errors").get(0).path("field").asString()).isEqualTo("file");

        String thanhHoa = KeycloakTokens.accessToken("thanh-hoa-editor");
        assertThat(Api.call("DELETE", "/api/v1/research-projects/" + id + "/attachments/" + fileId, thanhHoa, null, "vi")
                .status()).isEqualTo(404);
        assertThat(Api.download("/api/v1/files/" + fileId, thanhHoa).status()).isEqualTo(404);

        assertThat(Api.call("DELETE", "/api/v1/research-projects/" + id + "/attachments/" + fileId, editor, null, "vi")
                .status()).isEqualTo(204);
        assertThat(get(editor, id).path("attachments")).isEmpty();
        assertThat(Api.download("/api/v1/files/" + fileId, editor).status()).isEqualTo(404);
        String audit = Api.get("/api/v1/audit?action=research-project.file&limit=100", KeycloakTokens.accessToken("hung-yen-admin")).body();
        assertThat(audit).contains("research-project.file-attached", "research-project.file-removed", fileId);
    }

    private static Api.Response create(String token, String json) {
        return Api.call("POST", "/api/v1/research-projects", token, json, "vi");
    }

    private static Api.Response accept(String token, String id, String day, String rating) {
        return Api.call("POST", "/api/v1/research-projects/" + id + "/acceptance", token,
                "{\"acceptedOn\": \"%s\", \"rating\": %s}".formatted(day, rating == null ? "null" : "\"" + rating + "\""), "vi");
    }

    private static Api.Response stop(String token, String id, String day, String reason) {
        return Api.call("POST", "/api/v1/research-projects/" + id + "/stop", token,
                "{\"stoppedOn\": \"%s\", \"reason\": \"%s\"}".formatted(day, reason), "vi");
    }

    private static JsonNode get(String token, String id) {
        return Api.get("/api/v1/research-projects/" + id, token).json();
    }

    private static List<String> ids(JsonNode projects) {
        var ids = new ArrayList<String>();
        projects.forEach(p -> ids.add(p.path("id").asString()));
        return ids;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
