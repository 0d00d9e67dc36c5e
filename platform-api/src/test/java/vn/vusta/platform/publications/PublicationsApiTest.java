package vn.vusta.platform.publications;

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
 * Publications and their issues through /api/v1/publications: Thanh Hóa's special issues of H1 2021 as its report
 * quotes them, and a secretariat recording a publication (in Hưng Yên, so that Thanh Hóa's figures stay as the seeds
 * give them) with the refusals that name the field at fault.
 */
@PlatformApiTest
class PublicationsApiTest {

    private static final String HUNG_YEN_UNIT = "0195d2a0-0033-7000-8000-000000000001";
    private static final String HAI_PHONG_UNIT = "0195d2a0-0031-7000-8000-000000000001";

    @Test
    void thanhHoaPublishedTwoSpecialIssuesInTheFirstHalfOf2021() {
        String viewer = KeycloakTokens.accessToken("thanh-hoa-viewer");
        JsonNode firstHalf = Api.get("/api/v1/publications?from=2021-01-01&to=2021-06-30", viewer).json();
        JsonNode specialIssue = titled(firstHalf, "Đặc san khoa học Thanh Hóa");
        assertThat(specialIssue.path("kind").asString()).isEqualTo("SCIENTIFIC_SPECIAL_ISSUE");
        assertThat(specialIssue.path("issues").asInt()).isEqualTo(2);
        assertThat(specialIssue.path("copies").asLong()).isEqualTo(2_200);
        assertThat(specialIssue.path("unitId").isNull()).isTrue();

        JsonNode issues = Api.get("/api/v1/publications/issues?from=2021-01-01&to=2021-06-30", viewer).json();
        assertThat(numbers(issues)).containsExactly("02/2021", "01/2021");
        assertThat(issues.get(0).path("publicationTitle").asString()).isEqualTo("Đặc san khoa học Thanh Hóa");
        assertThat(issues.get(0).path("issue").path("publishedOn").asString()).isEqualTo("2021-06-18");

        // The whole year has a third issue and a book; the year before, one issue.
        JsonNode year = Api.get("/api/v1/publications?from=2021-01-01&to=2021-12-31", viewer).json();
        assertThat(titled(year, "Đặc san khoa học Thanh Hóa").path("issues").asInt()).isEqualTo(3);
        assertThat(numbers(Api.get("/api/v1/publications/issues?from=2021-01-01&to=2021-12-31&kind=BOOK", viewer).json()))
                .containsExactly("Tập 1");
        JsonNode detail = Api.get("/api/v1/publications/" + specialIssue.path("id").asString(), viewer).json();
        assertThat(numbers(detail.path("issues"))).containsExactly("03/2021", "02/2021", "01/2021", "04/2020");
        String scan = detail.path("attachments").get(0).path("id").asString();
        assertThat(detail.path("attachments").get(0).path("name").asString()).isEqualTo("Đặc san khoa học Thanh Hóa số 02-2021.pdf");
        assertThat(Api.download("/api/v1/files/" + scan, viewer).contentType()).isEqualTo("application/pdf");
        assertThat(detail.toString()).doesNotContain("Hải Phòng");
    }

    @Test
    void anEditorRecordsAPublicationItsIssuesAndCorrectsThem() {
        String editor = KeycloakTokens.accessToken("hung-yen-editor");
        String title = "Bản tin Khoa học Hưng Yên " + suffix();
        var created = Api.call("POST", "/api/v1/publications", editor, """
                {"title": "%s", "kind": "NEWSLETTER", "unitId": "%s", "licence": "Giấy phép số 03/GP-STTTT"}"""
                .formatted(title, HUNG_YEN_UNIT), "vi");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asString();
        assertThat(created.json().path("unitName").asString()).isEqualTo("Hội Nông học tỉnh Hưng Yên");

        var first = issue(editor, id, "01/2025", "2025-03-20", 400);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        var second = issue(editor, id, "02/2025", "2025-06-25", 450);
        assertThat(second.status()).isEqualTo(201);
        assertThat(issue(editor, id, "03/2025", "2025-09-25", 450).status()).isEqualTo(201);

        JsonNode firstHalf = titled(Api.get("/api/v1/publications?from=2025-01-01&to=2025-06-30&kind=NEWSLETTER", editor).json(), title);
        assertThat(firstHalf.path("issues").asInt()).isEqualTo(2);
        assertThat(firstHalf.path("copies").asLong()).isEqualTo(850);

        String secondId = second.json().path("id").asString();
        var corrected = Api.call("PUT", "/api/v1/publications/" + id + "/issues/" + secondId, editor, """
                {"number": "02/2025", "publishedOn": "2025-07-02", "copies": 500, "title": "Chuyển đổi số"}""", "vi");
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(corrected.json().path("title").asString()).isEqualTo("Chuyển đổi số");
        assertThat(titled(Api.get("/api/v1/publications?from=2025-01-01&to=2025-06-30", editor).json(), title)
                .path("issues").asInt()).isEqualTo(1);

        assertThat(Api.call("DELETE", "/api/v1/publications/" + id + "/issues/" + secondId, editor, null, null).status())
                .isEqualTo(204);
        var scan = Api.upload("/api/v1/publications/" + id + "/attachments", editor, "Bản tin số 01-2025.txt",
                "Bản tin số 01/2025".getBytes(StandardCharsets.UTF_8));
        assertThat(scan.status()).as(scan.body()).isEqualTo(201);
        assertThat(Api.get("/api/v1/publications/" + id, editor).json().path("attachments").get(0).path("name").asString())
                .isEqualTo("Bản tin số 01-2025.txt");
        assertThat(numbers(Api.get("/api/v1/publications/" + id, editor).json().path("issues"))).containsExactly("03/2025", "01/2025");

        String audit = Api.get("/api/v1/audit?action=publication&limit=500", KeycloakTokens.accessToken("hung-yen-admin")).body();
        assertThat(audit).contains("publication.created", "publication-issue.created", "publication-issue.updated",
                "publication-issue.deleted", "publication.file-attached", secondId, "hung-yen-editor");
    }

    @Test
    void negativeCopiesADuplicateNumberAndAnotherUnionsUnitAreRefusedNamingTheField() {
        String editor = KeycloakTokens.accessToken("hung-yen-editor");
        String id = Api.call("POST", "/api/v1/publications", editor, """
                {"title": "Đặc san Hưng Yên %s", "kind": "SCIENTIFIC_SPECIAL_ISSUE"}""".formatted(suffix()), "vi")
                .json().path("id").asString();
        assertThat(issue(editor, id, "01/2025", "2025-03-20", 300).status()).isEqualTo(201);

        var negative = issue(editor, id, "02/2025", "2025-06-20", -5);
        assertThat(negative.status()).isEqualTo(422);
        assertThat(negative.contentType()).startsWith("application/problem+json");
        assertThat(negative.json().path("errors").toString())
                .isEqualTo("[{\"field\":\"copies\",\"message\":\"số bản in không được âm\"}]");
        var english = Api.call("POST", "/api/v1/publications/" + id + "/issues", editor,
                "{\"number\": \"02/2025\", \"publishedOn\": \"2025-06-20\", \"copies\": -5}", "en");
        assertThat(english.json().path("detail").asString()).isEqualTo("copies: the copies printed cannot be negative");

        var duplicate = issue(editor, id, "01/2025", "2025-06-20", 300);
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().path("errors").get(0).path("field").asString()).isEqualTo("number");

        var noDate = Api.call("POST", "/api/v1/publications/" + id + "/issues", editor,
                "{\"number\": \"02/2025\", \"copies\": 300}", "vi");
        assertThat(noDate.status()).isEqualTo(400);
        assertThat(noDate.json().path("errors").toString()).contains("{\"field\":\"publishedOn\",\"message\":\"phải có giá trị\"}");

        var foreignUnit = Api.call("POST", "/api/v1/publications", editor, """
                {"title": "Bản tin %s", "kind": "NEWSLETTER", "unitId": "%s"}""".formatted(suffix(), HAI_PHONG_UNIT), "vi");
        assertThat(foreignUnit.status()).isEqualTo(422);
        assertThat(foreignUnit.json().path("errors").toString())
                .isEqualTo("[{\"field\":\"unitId\",\"message\":\"không có đơn vị này trong Liên hiệp hội\"}]");

        var withIssues = Api.call("DELETE", "/api/v1/publications/" + id, editor, null, "vi");
        assertThat(withIssues.status()).isEqualTo(409);
        assertThat(withIssues.json().path("errors").get(0).path("message").asString()).isEqualTo("ấn phẩm còn 1 số; hãy xóa các số trước");
        assertThat(numbers(Api.get("/api/v1/publications/" + id, editor).json().path("issues"))).containsExactly("01/2025");
    }

    @Test
    void aViewerReadsButCannotWrite() {
        String viewer = KeycloakTokens.accessToken("thanh-hoa-viewer");
        var refused = Api.call("POST", "/api/v1/publications", viewer,
                "{\"title\": \"Bản tin %s\", \"kind\": \"NEWSLETTER\"}".formatted(suffix()), "vi");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(Api.get("/api/v1/publications/" + UUID.randomUUID(), viewer).status()).isEqualTo(404);
    }

    private static Api.Response issue(String token, String publicationId, String number, String publishedOn, int copies) {
        return Api.call("POST", "/api/v1/publications/" + publicationId + "/issues", token, """
                {"number": "%s", "publishedOn": "%s", "copies": %d}""".formatted(number, publishedOn, copies), "vi");
    }

    private static JsonNode titled(JsonNode publications, String title) {
        for (JsonNode p : publications) {
            if (p.path("title").asString().equals(title)) {
                return p;
            }
        }
        throw new AssertionError("no publication " + title + " in " + publications);
    }

    private static List<String> numbers(JsonNode issues) {
        var numbers = new ArrayList<String>();
        for (JsonNode i : issues) {
            numbers.add(i.has("issue") ? i.path("issue").path("number").asString() : i.path("number").asString());
        }
        return numbers;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
