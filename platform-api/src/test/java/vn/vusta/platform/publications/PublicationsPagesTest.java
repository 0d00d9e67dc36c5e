package vn.vusta.platform.publications;

import org.junit.jupiter.api.Test;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.contests.PageSession;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The publication forms as Hưng Yên's editor posts them: shown again beside the wrong field, else saved with a notice. */
@PlatformApiTest
class PublicationsPagesTest {

    @Test
    void aPublicationAndItsIssueAreShownAgainWhenWrongAndSavedWhenRight() {
        PageSession editor = PageSession.of("hung-yen-editor");
        String title = "Bản tin thử trang " + UUID.randomUUID().toString().substring(0, 8);
        String csrf = editor.get("/workspace/publications/new").csrf();

        var again = editor.post("/workspace/publications", Map.of("title", " ", "kind", "NEWSLETTER"), csrf);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.errorNextTo("title")).isNotBlank();
        assertThat(again.html()).contains("id=\"title\"", "class=\"form-control is-invalid\"");

        var created = editor.post("/workspace/publications", Map.of("title", title, "kind", "NEWSLETTER", "licence", "",
                "notes", ""), csrf);
        assertThat(created.status()).isEqualTo(302);
        Matcher id = Pattern.compile("/workspace/publications/([0-9a-f-]{36})$").matcher(created.location());
        assertThat(id.find()).as(created.location()).isTrue();
        String path = "/workspace/publications/" + id.group(1);
        var page = editor.get(path);
        assertThat(page.text()).contains("Đã lưu ấn phẩm " + title + ".");

        var issueAgain = editor.post(path + "/issues", Map.of("number", "", "publishedOn", "2025-03-01", "copies", "200"),
                page.csrf());
        assertThat(issueAgain.status()).isEqualTo(200);
        assertThat(issueAgain.errorNextTo("number")).isNotBlank();

        var issue = editor.post(path + "/issues", Map.of("number", "01-2025", "publishedOn", "2025-03-01", "copies", "200",
                "title", "", "notes", ""), page.csrf());
        assertThat(issue.status()).isEqualTo(302);
        assertThat(editor.get(path).text()).contains("Đã lưu số 01-2025 của " + title + ".");
    }
}
