package vn.vusta.platform.reports;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import vn.vusta.platform.DemoTenants;
import vn.vusta.platform.Pages;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.test.KeycloakTokens;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A return that shows what changed, in real browsers (issue 18): Hải Phòng's report of quý III 2024 (TV03 = 2, "Kinh
 * phí hạn hẹp") is sent; the national reviewer returns it with a comment on TV03 and one on the difficulties; the
 * union's editor reads them beside the figure and the section, changes both, and the union sends it again; the
 * reviewer sees TV03 2 → 3, the words added to the section and that the report was sent twice.
 */
@PlatformApiTest
class ReturnsBrowserTest {

    @Test
    void aReviewerReturnsWithCommentsOnAFigureAndASectionAndSeesWhatTheUnionChanged() {
        String admin = KeycloakTokens.accessToken("hai-phong-admin");
        String id = ReturnsApiTest.sentReport(KeycloakTokens.accessToken("hai-phong-editor"), admin, 2024, "Q3", "2024-09-27");
        String national = "/national/reports/" + DemoTenants.HAI_PHONG + "/" + id;
        String own = "/workspace/reports/" + id;

        try (Pages reviewer = Pages.inVietnamese().logIn("national-reviewer")) {
            laptop(reviewer);
            reviewer.goTo(national);
            assertThat(reviewer.browser().findElements(By.id("report-changes"))).as("sent once: no changes yet").isEmpty();
            reviewer.type("return-comment-input", "Đề nghị rà soát số liệu và phần khó khăn");
            new Select(reviewer.browser().findElement(By.id("return-figure-code-1"))).selectByValue("TV03");
            reviewer.type("return-figure-comment-1", "Số hội thảo chưa khớp với danh sách gửi kèm");
            new Select(reviewer.browser().findElement(By.id("return-section-name-1"))).selectByValue("DIFFICULTIES");
            reviewer.type("return-section-comment-1", "Nêu rõ nguyên nhân khó khăn về kinh phí");
            reviewer.confirm("return-report");
            assertThat(reviewer.text("notice")).isEqualTo("Đã trả lại báo cáo để chỉnh sửa.");
        }

        // Who reads the union's reports without editing them sees the comments together.
        try (Pages viewer = Pages.inVietnamese().logIn("hai-phong-viewer")) {
            viewer.goTo(own);
            assertThat(viewer.text("return-comments")).contains("Ý kiến của Liên hiệp Hội Việt Nam về từng phần",
                    "TV03: Số hội thảo chưa khớp với danh sách gửi kèm",
                    "Khó khăn, vướng mắc: Nêu rõ nguyên nhân khó khăn về kinh phí");
        }

        try (Pages editor = Pages.inVietnamese().logIn("hai-phong-editor")) {
            laptop(editor);
            editor.goTo(own);
            assertThat(editor.text("return-comment-text")).isEqualTo("Đề nghị rà soát số liệu và phần khó khăn");
            // Beside the figure and the section they are about.
            assertThat(editor.browser().findElement(By.cssSelector("#figure-TV03 .return-comment")).getText())
                    .contains("Số hội thảo chưa khớp với danh sách gửi kèm");
            assertThat(editor.text("return-comment-DIFFICULTIES")).contains("Nêu rõ nguyên nhân khó khăn về kinh phí");
            assertThat(editor.browser().findElements(By.cssSelector("#figure-TC05 .return-comment"))).isEmpty();

            editor.type("value-TV03", "3");
            editor.browser().findElement(By.id("value-TV03")).sendKeys(Keys.TAB);
            editor.waiting().until(ExpectedConditions.textMatches(By.id("state-TV03"), Pattern.compile("Đã lưu lúc")));
            WebElement difficulties = editor.waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("[data-input='section-DIFFICULTIES'] .ql-editor")));
            editor.browser().executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", difficulties);
            difficulties.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), " do nguồn thu hội phí giảm");
            editor.waiting().until(ExpectedConditions.textMatches(By.id("state-section-DIFFICULTIES"), Pattern.compile("Đã lưu lúc")));
        }
        // The union sends it again (its steps are ReportsBrowserTest's).
        ReturnsApiTest.send(admin, "/api/v1/reports/" + id, "2024-10-02");

        try (Pages reviewer = Pages.inVietnamese().logIn("national-reviewer")) {
            laptop(reviewer);
            reviewer.goTo(national);
            assertThat(reviewer.text("report-rounds")).isEqualTo("Báo cáo đã được gửi 2 lần.");
            assertThat(reviewer.browser().findElement(By.cssSelector("#changed-figure-TV03 .before")).getText()).isEqualTo("2");
            assertThat(reviewer.browser().findElement(By.cssSelector("#changed-figure-TV03 .after")).getText()).isEqualTo("3");
            assertThat(reviewer.text("changed-figure-TV03")).contains("Số hội thảo chưa khớp với danh sách gửi kèm");
            assertThat(reviewer.browser().findElement(By.cssSelector("#changed-section-DIFFICULTIES ins")).getText())
                    .isEqualTo("do nguồn thu hội phí giảm");
            assertThat(reviewer.text("changed-section-DIFFICULTIES")).contains("Kinh phí hạn hẹp",
                    "Nêu rõ nguyên nhân khó khăn về kinh phí");
            assertThat(reviewer.browser().findElements(By.id("changed-section-ORGANISATION"))).as("unchanged").isEmpty();
            // Every round is kept in the report's history, what was sent each time.
            assertThat(reviewer.browser().findElements(By.cssSelector("#report-rounds-history details"))).hasSize(2);
            // Opened as a click on its summary does (a native click at the page's foot is taken by the footer).
            reviewer.browser().executeScript("arguments[0].open = true; arguments[0].scrollIntoView({block: 'center'})",
                    reviewer.browser().findElement(By.id("round-1")));
            assertThat(reviewer.text("round-1")).contains("Lần gửi thứ 1", "TV03", "Kinh phí hạn hẹp");
        }
    }

    private static void laptop(Pages pages) {
        pages.browser().manage().window().setSize(new Dimension(1366, 900));
    }
}
