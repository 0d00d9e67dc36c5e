package vn.vusta.platform.reports;

import vn.vusta.platform.deploy.test.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.vusta.platform.DemoTenants;
import vn.vusta.platform.Pages;
import vn.vusta.platform.PlatformApiTest;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A report in real browsers, as Hưng Yên drafts its half-year report of 2025: the editor starts it from the year's
 * periods, replaces a computed figure (refused without a reason, shown in its row) and writes a section in the
 * editor; the administrator submits it, records the Standing Committee's approval and sends it; the national
 * reviewer returns it with a comment, which the province then reads on its report.
 */
@PlatformApiTest
class ReportsBrowserTest {

    @Test
    void aReportIsDraftedApprovedSentReturnedWithACommentAndTheProvinceReadsIt() {
        String path;
        try (Pages editor = Pages.inVietnamese().logIn("hung-yen-editor")) {
            editor.goTo("/workspace/reports?year=2025");
            assertThat(editor.text("period-H1")).contains("6 tháng đầu năm 2025", "Chưa lập");
            pressAndWait(editor, "start-H1");
            assertThat(editor.text("report-title")).isEqualTo("Báo cáo kết quả hoạt động 6 tháng đầu năm 2025");
            assertThat(editor.text("report-status")).isEqualTo("Dự thảo");
            path = editor.browser().getCurrentUrl().replaceFirst("^https?://[^/]+", "");

            editor.type("value-TC05", "2.180");
            pressAndWait(editor, "save-TC05");
            assertThat(editor.browser().findElement(By.cssSelector("#figure-TC05 .figure-refusal")).getText())
                    .isEqualTo("cần ghi lý do khi thay số liệu tính từ dữ liệu đã ghi nhận");
            editor.type("value-TC05", "2.180");
            editor.type("reason-TC05", "Số liệu tổng hợp từ báo cáo của các hội thành viên");
            pressAndWait(editor, "save-TC05");
            assertThat(editor.text("notice")).isEqualTo("Đã lưu số liệu.");
            assertThat(editor.browser().findElement(By.cssSelector("#figure-TC05 .reported")).getText()).isEqualTo("2.180");
            assertThat(editor.browser().findElement(By.cssSelector("#figure-TC05 .computed")).getText()).matches("[0-9.]+").isNotEqualTo("2.180");

            WebElement difficulties = editor.waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("[data-input='section-DIFFICULTIES'] .ql-editor")));
            editor.browser().executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", difficulties);
            difficulties.sendKeys("Mưa bão ảnh hưởng đến các lớp tập huấn");
            pressAndWait(editor, "save-sections");
            assertThat(editor.text("notice")).isEqualTo("Đã lưu nội dung báo cáo.");
            assertThat(editor.browser().findElement(By.id("section-DIFFICULTIES")).getAttribute("value"))
                    .isEqualTo("<p>Mưa bão ảnh hưởng đến các lớp tập huấn</p>");
            assertThat(editor.browser().findElements(By.id("submit-report"))).as("an editor does not submit").isEmpty();
        }

        try (Pages admin = Pages.inVietnamese().logIn("hung-yen-admin")) {
            admin.goTo(path);
            pressAndWait(admin, "submit-report");
            assertThat(admin.text("report-status")).isEqualTo("Đã trình Ban Thường vụ");
            assertThat(admin.browser().findElements(By.id("value-TC05"))).as("a submitted report is read-only").isEmpty();
            admin.browser().executeScript("arguments[0].value = arguments[1]", admin.browser().findElement(By.id("meetingDate")),
                    LocalDate.of(2025, 6, 27).toString());
            pressAndWait(admin, "approve-report");
            assertThat(admin.text("report-status")).isEqualTo("Ban Thường vụ đã thông qua");
            assertThat(admin.text("report-approved-on")).isEqualTo("27/06/2025");
            pressAndWait(admin, "send-report");
            assertThat(admin.text("report-status")).isEqualTo("Đã gửi Liên hiệp Hội Việt Nam");
            assertThat(admin.text("report-history")).contains("Trình Ban Thường vụ", "Họp ngày 27/06/2025", "Đặng Quang Huy");
        }

        String id = path.substring(path.lastIndexOf('/') + 1);
        try (Pages reviewer = Pages.inVietnamese().logIn("national-reviewer")) {
            reviewer.goTo("/national/reports/" + DemoTenants.HUNG_YEN + "/" + id);
            assertThat(reviewer.text("report-province")).contains("Hưng Yên");
            assertThat(reviewer.browser().findElement(By.cssSelector("#figure-TC05 .reason")).getText())
                    .isEqualTo("Số liệu tổng hợp từ báo cáo của các hội thành viên");
            var document = reviewer.download("download-document");
            assertThat(document.statusCode()).isEqualTo(200);
            assertThat(document.headers().firstValue("Content-Disposition").orElse(""))
                    .contains("bao-cao-6-thang-2025-hung-yen.docx");
            reviewer.type("return-comment-input", "Đề nghị bổ sung số lớp tập huấn tại các xã");
            pressAndWait(reviewer, "return-report");
            assertThat(reviewer.text("notice")).isEqualTo("Đã trả lại báo cáo để chỉnh sửa.");
            assertThat(reviewer.text("report-status")).isEqualTo("Bị trả lại để chỉnh sửa");
        }

        try (Pages editor = Pages.inVietnamese().logIn("hung-yen-editor")) {
            editor.goTo(path);
            assertThat(editor.text("return-comment-text")).isEqualTo("Đề nghị bổ sung số lớp tập huấn tại các xã");
            assertThat(editor.browser().findElements(By.id("value-TC05"))).as("a returned report is revised").isNotEmpty();
            var figures = editor.download("download-indicators");
            assertThat(figures.statusCode()).isEqualTo(200);
            assertThat(figures.headers().firstValue("Content-Disposition").orElse(""))
                    .contains("chi-tieu-6-thang-2025-hung-yen.xlsx");
        }
    }

    @Test
    void momentsShowInVietnamsTime() {
        try (Pages viewer = Pages.inVietnamese().logIn("thanh-hoa-viewer")) {
            viewer.goTo("/workspace/reports/0195d2a0-0038-7000-8050-000000000001");
            assertThat(viewer.text("report-sent-at")).as("sent at 09:30 in Thanh Hóa (02:30 UTC)").isEqualTo("28/06/2021 09:30");
            assertThat(viewer.text("report-history")).contains("Hoàng Thị Hương · 18/06/2021 16:00");
        }
    }

    /** Presses a button and waits for the page it leads to. */
    private static void pressAndWait(Pages pages, String id) {
        WebElement page = pages.browser().findElement(By.tagName("html"));
        pages.press(id);
        pages.waiting().until(Browser.gone(page));
        pages.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("main-nav")));
    }
}
