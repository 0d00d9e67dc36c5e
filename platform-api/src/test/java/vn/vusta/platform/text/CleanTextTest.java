package vn.vusta.platform.text;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.vusta.platform.Api;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.contests.PageSession;
import vn.vusta.platform.deploy.test.KeycloakTokens;
import vn.vusta.platform.spreadsheets.Sheets;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text as careless hands enter it — pasted from Word with no-break spaces, typed with combining marks, with a NUL
 * from a damaged file — through the API, the pages and an import: refused naming the field, or kept clean.
 */
@PlatformApiTest
class CleanTextTest {

    private static final List<String> CREATED = new ArrayList<>();
    private final String editor = KeycloakTokens.accessToken("thanh-hoa-editor");
    private final String tag = UUID.randomUUID().toString().substring(0, 6);

    @AfterAll
    static void removeMembers() {
        String editor = KeycloakTokens.accessToken("thanh-hoa-editor");
        CREATED.forEach(id -> Api.call("DELETE", "/api/v1/members/" + id, editor, null, null));
    }

    @Test
    void aNulInTheFullNameIsRefusedNamingTheField() {
        var response = Api.call("POST", "/api/v1/members", editor,
                "{\"fullName\": \"Nguyễn\\u0000 Văn Nul " + tag + "\"}", "vi");
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(fields(response.json())).containsExactly("fullName");
        assertThat(response.body()).contains("U+0000").doesNotContainIgnoringCase("exception");
        assertThat(names(search("q=" + encode("nul " + tag)))).isEmpty();
    }

    @Test
    void aNulInTheSearchIsRefusedNamingQ() {
        var response = Api.get("/api/v1/members?q=hoang%00van", editor);
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(fields(response.json())).containsExactly("q");
    }

    @Test
    void aNulInACsvCellIsTheProblemOfItsRow() throws Exception {
        byte[] file = Sheets.csv(',', true, List.of(
                List.of("STT", "Họ và tên", "Năm sinh"),
                List.of("1", "Nguyễn Văn Tốt " + tag, "1970"),
                List.of("2", "Trần\u0000Văn Hỏng " + tag, "1971")));
        var uploaded = Api.upload("/api/v1/imports/members", editor, "hoi-vien.csv", file);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        JsonNode preview = uploaded.json();
        assertThat(preview.path("confirmable").asBoolean()).isFalse();
        var problems = new ArrayList<String>();
        preview.path("problems").forEach(p -> problems.add(p.path("row").asInt() + " | " + p.path("column").asString()
                + " | " + p.path("message").asString()));
        assertThat(problems).hasSize(1);
        assertThat(problems.getFirst()).startsWith("3 | Họ và tên | ").contains("U+0000");
    }

    @Test
    void aNulInTheFullNameOnThePageIsShownBesideTheFieldInVietnamese() {
        PageSession session = PageSession.of("thanh-hoa-editor");
        String csrf = session.get("/workspace/members/new").csrf();
        var refused = session.post("/workspace/members", Map.of("fullName", "Lê\u0000Văn Nul " + tag), csrf);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.errorNextTo("fullName")).contains("U+0000").contains("ký tự");

        var saved = session.post("/workspace/members", Map.of("fullName", "Hoàng\u00a0Minh\u202fTrí"), csrf);
        assertThat(saved.status()).as(saved.html()).isEqualTo(302);
        CREATED.add(saved.location().substring(saved.location().lastIndexOf('/') + 1));
        assertFoundAndSortedByGivenName(CREATED.getLast());
    }

    @Test
    void aNameWithNoBreakSpacesThroughTheApiIsFoundByItsWordsAndSortsByItsGivenName() {
        var created = Api.call("POST", "/api/v1/members", editor, "{\"fullName\": \"Hoàng\u00a0Minh\u00a0\u00a0Trí\u2007\"}", null);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("fullName").asString()).isEqualTo("Hoàng Minh Trí");
        CREATED.add(created.json().path("id").asString());
        assertFoundAndSortedByGivenName(CREATED.getLast());
    }

    @Test
    void aDecomposedNameIsStoredComposed() {
        String decomposed = "Pha\u0323m Thi\u0323 Thu\u0309y " + tag;
        assertThat(decomposed).isNotEqualTo(Normalizer.normalize(decomposed, Normalizer.Form.NFC));
        var created = Api.call("POST", "/api/v1/members", editor, "{\"fullName\": \"" + decomposed + "\"}", null);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        CREATED.add(created.json().path("id").asString());
        JsonNode read = Api.get("/api/v1/members/" + CREATED.getLast(), editor).json();
        assertThat(read.path("fullName").asString()).isEqualTo("Phạm Thị Thủy " + tag)
                .isEqualTo(Normalizer.normalize(decomposed, Normalizer.Form.NFC));
    }

    private void assertFoundAndSortedByGivenName(String id) {
        JsonNode found = search("q=" + encode("hoang minh tri") + "&size=200");
        var ids = new ArrayList<String>();
        found.path("items").forEach(m -> ids.add(m.path("id").asString()));
        assertThat(ids).contains(id);

        JsonNode all = search("size=200");
        assertThat(all.path("total").asInt()).isLessThanOrEqualTo(200);
        Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
        var givenNames = new ArrayList<String>();
        int position = -1;
        for (JsonNode m : all.path("items")) {
            String name = m.path("fullName").asString();
            givenNames.add(name.substring(name.lastIndexOf(' ') + 1));
            if (m.path("id").asString().equals(id)) {
                position = givenNames.size() - 1;
            }
        }
        assertThat(position).isNotNegative();
        assertThat(givenNames.get(position)).isEqualTo("Trí");
        for (int i = 0; i < givenNames.size(); i++) {
            int order = vietnamese.compare(givenNames.get(i), "Trí");
            assertThat(i < position ? order <= 0 : i == position || order >= 0)
                    .as("%s at %d, Trí at %d", givenNames.get(i), i, position).isTrue();
        }
    }

    private JsonNode search(String query) {
        var response = Api.get("/api/v1/members?" + query, editor);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    static List<String> names(JsonNode page) {
        var names = new ArrayList<String>();
        page.path("items").forEach(m -> names.add(m.path("fullName").asString()));
        return names;
    }

    static List<String> fields(JsonNode problem) {
        var fields = new ArrayList<String>();
        problem.path("errors").forEach(e -> fields.add(e.path("field").asString()));
        return fields;
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
