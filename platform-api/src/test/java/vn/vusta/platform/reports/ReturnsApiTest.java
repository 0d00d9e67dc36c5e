package vn.vusta.platform.reports;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.vusta.platform.Api;
import vn.vusta.platform.DemoTenants;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.test.KeycloakTokens;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A return that shows what changed (issue 18): Hải Phòng's report of 6 tháng 2024 is returned with comments on a figure
 * and a section, the union reads them, revises and sends again, and the reviewer reads the changes against the round
 * returned and every round sent.
 */
@PlatformApiTest
class ReturnsApiTest {

    @Test
    void aReturnCarriesCommentsOnAFigureAndASectionAndTheReviewerSeesWhatChanged() {
        String editor = KeycloakTokens.accessToken("hai-phong-editor");
        String admin = KeycloakTokens.accessToken("hai-phong-admin");
        String reviewer = KeycloakTokens.accessToken("national-reviewer");
        // Quý I 2024 is the data-quality browser test's, quý III 2024 the returns browser test's.
        String id = sentReport(editor, admin, 2024, "H1", "2024-06-27");
        String step = "/api/v1/reports/" + id;
        String national = "/api/v1/national/reports/" + DemoTenants.HAI_PHONG + "/" + id;
        assertThat(Api.get(national + "/changes", reviewer).status()).as("sent once: nothing to compare").isEqualTo(404);

        var unknownFigure = post(national + "/return", reviewer,
                "{\"comment\": \"Bổ sung\", \"figures\": {\"XX99\": \"Không có\"}}");
        assertThat(unknownFigure.status()).isEqualTo(422);
        assertThat(unknownFigure.json().path("errors").get(0).path("field").asString()).isEqualTo("figures.XX99");
        var unknownSection = post(national + "/return", reviewer,
                "{\"comment\": \"Bổ sung\", \"sections\": {\"ANNEX\": \"Không có\"}}");
        assertThat(unknownSection.status()).isEqualTo(422);
        assertThat(unknownSection.json().path("errors").get(0).path("field").asString()).isEqualTo("sections.ANNEX");
        assertThat(Api.get(step, editor).json().path("status").asString()).as("refused: still sent").isEqualTo("SENT");

        var returned = post(national + "/return", reviewer, """
                {"comment": "Đề nghị rà soát lại số liệu và phần khó khăn",
                 "figures": {"TV03": "Số hội thảo chưa khớp với danh sách gửi kèm", "TC05": " "},
                 "sections": {"DIFFICULTIES": "Nêu rõ khó khăn về kinh phí"}}""");
        assertThat(returned.status()).as(returned.body()).isEqualTo(200);
        assertThat(returned.json().path("status").asString()).isEqualTo("RETURNED");

        JsonNode comments = Api.get(step + "/return-comments", editor).json();
        assertThat(comments.path("figures").path("TV03").asString()).isEqualTo("Số hội thảo chưa khớp với danh sách gửi kèm");
        assertThat(comments.path("figures").has("TC05")).as("a blank comment is left out").isFalse();
        assertThat(comments.path("sections").path("DIFFICULTIES").asString()).isEqualTo("Nêu rõ khó khăn về kinh phí");

        // The union revises the figure and the section and sends again.
        assertThat(put(step + "/values/TV03", editor, "{\"value\": 3}").status()).isEqualTo(200);
        assertThat(put(step + "/sections/DIFFICULTIES", editor, "{\"html\": \"<p>Kinh phí hoạt động còn hạn hẹp</p>\"}").status())
                .isEqualTo(200);
        send(admin, step, "2024-07-02");

        JsonNode changes = Api.get(national + "/changes", reviewer).json();
        assertThat(changes.path("rounds").asInt()).isEqualTo(2);
        assertThat(changes.path("returnedRound").asInt()).isEqualTo(1);
        assertThat(changes.path("round").asInt()).isEqualTo(2);
        assertThat(changes.path("figures")).hasSize(1);
        JsonNode tv03 = changes.path("figures").get(0);
        assertThat(tv03.path("code").asString()).isEqualTo("TV03");
        assertThat(tv03.path("before").decimalValue()).isEqualByComparingTo("2");
        assertThat(tv03.path("after").decimalValue()).isEqualByComparingTo("3");
        assertThat(tv03.path("comment").asString()).isEqualTo("Số hội thảo chưa khớp với danh sách gửi kèm");
        assertThat(changes.path("sections")).hasSize(1);
        JsonNode difficulties = changes.path("sections").get(0);
        assertThat(difficulties.path("section").asString()).isEqualTo("DIFFICULTIES");
        assertThat(pieces(difficulties)).containsExactly("SAME:Kinh phí", "ADDED:hoạt động còn", "SAME:hạn hẹp");

        JsonNode rounds = Api.get(national + "/rounds", reviewer).json();
        assertThat(rounds).hasSize(2);
        assertThat(rounds.get(0).path("figures").path("TV03").asString()).isEqualTo("2");
        assertThat(rounds.get(0).path("sections").path("DIFFICULTIES").asString()).isEqualTo("<p>Kinh phí hạn hẹp</p>");
        assertThat(rounds.get(1).path("figures").path("TV03").asString()).isEqualTo("3");
        assertThat(Api.get(step + "/rounds", editor).json()).hasSize(2);

        // Accepted, the changes stay readable; the union no longer sees comments to answer.
        assertThat(post(national + "/acceptance", reviewer, null).json().path("status").asString()).isEqualTo("ACCEPTED");
        assertThat(Api.get(national + "/changes", reviewer).json().path("rounds").asInt()).isEqualTo(2);
    }

    /** A report of the period with TV03 = 2 and its required sections, sent by the administrator. */
    static String sentReport(String editor, String admin, int year, String kind, String meetingDate) {
        String periodId = null;
        for (JsonNode p : Api.get("/api/v1/reports?year=" + year, editor).json()) {
            if (p.path("period").path("kind").asString().equals(kind)) {
                periodId = p.path("period").path("id").asString();
            }
        }
        var created = post("/api/v1/reports", editor, "{\"periodId\": \"" + periodId + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asString();
        String step = "/api/v1/reports/" + id;
        assertThat(put(step + "/values/TV03", editor, "{\"value\": 2}").status()).isEqualTo(200);
        for (String[] section : new String[][]{{"ORGANISATION", "<p>Kết nạp một hội thành viên mới</p>"},
                {"DIFFICULTIES", "<p>Kinh phí hạn hẹp</p>"}, {"NEXT_TASKS", "<p>Tổ chức hội thảo khoa học</p>"}}) {
            assertThat(put(step + "/sections/" + section[0], editor, "{\"html\": \"" + section[1] + "\"}").status()).isEqualTo(200);
        }
        send(admin, step, meetingDate);
        return id;
    }

    static void send(String admin, String step, String meetingDate) {
        assertThat(post(step + "/submission", admin, null).status()).isEqualTo(200);
        var approved = post(step + "/approval", admin, "{\"meetingDate\": \"" + meetingDate + "\", \"minutes\": \"Biên bản họp Ban Thường vụ\"}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        var sent = post(step + "/sending", admin, null);
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        assertThat(sent.json().path("status").asString()).isEqualTo("SENT");
    }

    private static List<String> pieces(JsonNode section) {
        var pieces = new ArrayList<String>();
        section.path("pieces").forEach(p -> pieces.add(p.path("kind").asString() + ":" + p.path("text").asString()));
        return pieces;
    }

    private static Api.Response post(String path, String token, String json) {
        return Api.call("POST", path, token, json, "vi");
    }

    private static Api.Response put(String path, String token, String json) {
        return Api.call("PUT", path, token, json, "vi");
    }
}
