package vn.vusta.platform.reports;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
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
            editor.pressAndWait("start-H1");
            assertThat(editor.text("report-title")).isEqualTo("Báo cáo kết quả hoạt động 6 tháng đầu năm 2025");
            assertThat(editor.text("report-status")).isEqualTo("Dự thảo");
            path = editor.browser().getCurrentUrl().replaceFirst("^https?://[^/]+", "");

            // The figure saves itself (htmx): its refusal, then its saved state, beside it; the page stays.
            WebElement page = editor.browser().findElement(By.tagName("html"));
            editor.type("value-TC05", "2.180");
            editor.press("save-TC05");
            editor.waiting().until(ExpectedConditions.textToBe(By.cssSelector("#state-TC05 .figure-refusal"),
                    "cần ghi lý do khi thay số liệu tính từ dữ liệu đã ghi nhận"));
            editor.type("reason-TC05", "Số liệu tổng hợp từ báo cáo của các hội thành viên");
            editor.press("save-TC05");
            editor.waiting().until(ExpectedConditions.textMatches(By.id("state-TC05"), java.util.regex.Pattern.compile("Đã lưu lúc \\d\\d:\\d\\d")));
            editor.waiting().until(ExpectedConditions.textToBe(By.cssSelector("#figure-TC05 .reported"), "2.180"));
            assertThat(page.getTagName()).as("the page did not reload").isEqualTo("html");
            assertThat(editor.browser().findElement(By.cssSelector("#figure-TC05 .computed")).getText()).matches("[0-9.]+").isNotEqualTo("2.180");

            WebElement difficulties = editor.waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("[data-input='section-DIFFICULTIES'] .ql-editor")));
            editor.browser().executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", difficulties);
            difficulties.sendKeys("Mưa bão ảnh hưởng đến các lớp tập huấn");
            typeInSection(editor, "ORGANISATION", "Kết nạp thêm một hội thành viên");
            typeInSection(editor, "NEXT_TASKS", "Tổ chức lớp tập huấn tại các xã");
            editor.pressAndWait("save-sections");
            assertThat(editor.text("notice")).isEqualTo("Đã lưu nội dung báo cáo.");
            assertThat(editor.browser().findElement(By.id("section-DIFFICULTIES")).getAttribute("value"))
                    .isEqualTo("<p>Mưa bão ảnh hưởng đến các lớp tập huấn</p>");
            assertThat(editor.browser().findElements(By.id("submit-report"))).as("an editor does not submit").isEmpty();
        }

        try (Pages admin = Pages.inVietnamese().logIn("hung-yen-admin")) {
            admin.goTo(path);
            admin.pressAndWait("submit-report");
            assertThat(admin.text("report-status")).isEqualTo("Đã trình Ban Thường vụ");
            assertThat(admin.browser().findElements(By.id("value-TC05"))).as("a submitted report is read-only").isEmpty();
            admin.browser().executeScript("arguments[0].value = arguments[1]", admin.browser().findElement(By.id("meetingDate")),
                    LocalDate.of(2025, 6, 27).toString());
            admin.type("minutes", "Biên bản họp Ban Thường vụ số 05/BB-LHH");
            admin.pressAndWait("approve-report");
            assertThat(admin.text("report-status")).isEqualTo("Ban Thường vụ đã thông qua");
            assertThat(admin.text("report-approved-on")).isEqualTo("27/06/2025");
            assertThat(admin.text("report-approval")).contains("Ban Thường vụ thông qua tại cuộc họp ngày 27/06/2025",
                    "Biên bản: Biên bản họp Ban Thường vụ số 05/BB-LHH", "Người ghi nhận:");
            admin.pressAndWait("send-report");
            admin.confirm("confirm-send", true);
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
            reviewer.confirm("return-report", true);
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

    /**
     * Thanh Hóa's 10-month report of 2023, from draft to accepted, at 1366×768 and, for the chairman, 390×844: the
     * editor's figure and narrative save themselves and a reload keeps both; the chairman approves on a phone; the
     * administrator sees the summary before sending and is asked to confirm; the reviewer returns it (confirmed);
     * the secretariat records the second approval from a paper meeting; the reviewer accepts it (confirmed).
     */
    @Test
    void aReportGoesFromDraftToAcceptedWithTheChairmansApprovalOnAPhone() {
        String path;
        try (Pages editor = Pages.inVietnamese().logIn("thanh-hoa-editor")) {
            laptop(editor);
            editor.goTo("/workspace/reports?year=2023");
            editor.pressAndWait("start-M10");
            path = editor.browser().getCurrentUrl().replaceFirst("^https?://[^/]+", "");
            WebElement page = editor.browser().findElement(By.tagName("html"));

            editor.type("value-TC05", "23.700");
            editor.type("reason-TC05", "Theo rà soát hội viên tháng 10");
            editor.browser().findElement(By.id("reason-TC05")).sendKeys(Keys.TAB);
            typeInSection(editor, "ORGANISATION", "Kết nạp 2 hội thành viên mới");
            typeInSection(editor, "DIFFICULTIES", "Kinh phí hoạt động hạn hẹp");
            // The narrative is typed, then a figure at once: saving the figure loses none of the text.
            typeInSection(editor, "NEXT_TASKS", "Tổng kết hoạt động năm 2023");
            editor.type("value-TV03", "3");
            editor.browser().findElement(By.id("value-TV03")).sendKeys(Keys.TAB);
            for (String state : new String[]{"state-TC05", "state-TV03", "state-section-ORGANISATION",
                    "state-section-DIFFICULTIES", "state-section-NEXT_TASKS"}) {
                editor.waiting().until(ExpectedConditions.textMatches(By.id(state), java.util.regex.Pattern.compile("Đã lưu lúc")));
            }
            assertThat(page.getTagName()).as("the page did not reload").isEqualTo("html");
            assertThat(editor.text("reported-TC05")).isEqualTo("23.700");

            editor.browser().navigate().refresh();
            editor.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-input='section-NEXT_TASKS'] .ql-editor")));
            assertThat(editor.browser().findElement(By.id("value-TC05")).getDomProperty("value")).isEqualTo("23.700");
            assertThat(editor.browser().findElement(By.id("value-TV03")).getDomProperty("value")).isEqualTo("3");
            assertThat(editor.browser().findElement(By.cssSelector("[data-input='section-NEXT_TASKS'] .ql-editor")).getText())
                    .isEqualTo("Tổng kết hoạt động năm 2023");
            assertThat(editor.browser().findElement(By.cssSelector("[data-input='section-ORGANISATION'] .ql-editor")).getText())
                    .isEqualTo("Kết nạp 2 hội thành viên mới");

            // A long form not sent (the document's header): its draft survives a reload, and leaving asks first.
            editor.type("signerName", "Lê Thị Hồng Vân");
            editor.browser().navigate().refresh();
            assertThat(editor.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#header-form .draft-restored")))
                    .getText()).startsWith("Đã khôi phục bản nháp");
            assertThat(editor.browser().findElement(By.id("signerName")).getDomProperty("value")).isEqualTo("Lê Thị Hồng Vân");
            // ChromeDriver does not show the browser's own "leave the page?" question: the page's answer to
            // leaving (a cancelled beforeunload, which makes the browser ask) is read instead.
            assertThat(leavingIsQuestioned(editor)).as("unsent changes: leaving asks").isTrue();
            editor.pressAndWait("save-header");
            assertThat(editor.text("notice")).isEqualTo("Đã lưu thông tin văn bản.");
            editor.browser().navigate().refresh();
            editor.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("signerName")));
            assertThat(editor.browser().findElements(By.cssSelector(".draft-restored"))).as("sent: the draft is gone").isEmpty();
            assertThat(leavingIsQuestioned(editor)).as("nothing unsaved: leaving asks nothing").isFalse();
        }

        try (Pages admin = Pages.inVietnamese().logIn("thanh-hoa-admin")) {
            laptop(admin);
            admin.goTo(path);
            admin.pressAndWait("submit-report");
            assertThat(admin.text("report-status")).isEqualTo("Đã trình Ban Thường vụ");
            assertThat(admin.browser().findElements(By.id("approve-as-chair"))).as("the chairman's button is the chairman's").isEmpty();
        }

        try (Pages chair = Pages.inVietnamese().logIn("thanh-hoa-approver")) {
            chair.browser().manage().window().setSize(new Dimension(390, 844));
            chair.goTo(path);
            WebElement approve = chair.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("approve-as-chair")));
            long viewport = ((Number) chair.browser().executeScript("return window.innerWidth")).longValue();
            assertThat(approve.getRect().getX() + approve.getRect().getWidth()).as("the button fits the phone's width")
                    .isLessThanOrEqualTo((int) viewport);
            assertThat(chair.browser().findElements(By.id("value-TC05"))).as("the chairman reads, writes nothing").isEmpty();
            assertThat(chair.confirm("approve-as-chair", true)).startsWith("Phê duyệt báo cáo này với tư cách Chủ tịch?");
            assertThat(chair.text("notice")).isEqualTo("Đã phê duyệt báo cáo.");
            assertThat(chair.text("report-status")).isEqualTo("Ban Thường vụ đã thông qua");
            assertThat(chair.text("report-approval")).startsWith("Chủ tịch Nguyễn Văn Phát phê duyệt lúc");
        }

        try (Pages admin = Pages.inVietnamese().logIn("thanh-hoa-admin")) {
            laptop(admin);
            admin.goTo(path);
            admin.pressAndWait("send-report");
            assertThat(admin.text("sending-overrides")).contains("TC05", "→ 23.700", "Theo rà soát hội viên tháng 10");
            assertThat(admin.text("empty-PROPOSALS")).isEqualTo("Kiến nghị, đề xuất");
            assertThat(admin.browser().findElements(By.id("empty-NEXT_TASKS"))).as("written").isEmpty();
            assertThat(admin.browser().findElements(By.id("sending-blocked"))).isEmpty();
            assertThat(admin.confirm("confirm-send", false)).isEqualTo("Gửi báo cáo tới Liên hiệp Hội Việt Nam? Sau khi gửi, báo cáo bị khóa.");
            assertThat(admin.browser().findElements(By.id("confirm-send"))).as("refused: still on the summary").isNotEmpty();
            admin.confirm("confirm-send", true);
            assertThat(admin.text("report-status")).isEqualTo("Đã gửi Liên hiệp Hội Việt Nam");
            assertThat(admin.browser().findElements(By.id("recall-report"))).as("not opened yet: it can be taken back").isNotEmpty();
        }

        String id = path.substring(path.lastIndexOf('/') + 1);
        String national = "/national/reports/" + DemoTenants.THANH_HOA + "/" + id;
        try (Pages reviewer = Pages.inVietnamese().logIn("national-reviewer")) {
            laptop(reviewer);
            reviewer.goTo(national);
            assertThat(reviewer.text("report-opened-at")).matches("\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d");
            reviewer.type("return-comment-input", "Đề nghị giải trình số hội viên tăng");
            assertThat(reviewer.confirm("return-report", true)).startsWith("Trả lại báo cáo để tỉnh chỉnh sửa?");
            assertThat(reviewer.text("report-status")).isEqualTo("Bị trả lại để chỉnh sửa");
        }

        try (Pages admin = Pages.inVietnamese().logIn("thanh-hoa-admin")) {
            laptop(admin);
            admin.goTo(path);
            assertThat(admin.browser().findElements(By.id("recall-report"))).isEmpty();
            admin.pressAndWait("submit-report");
        }
        try (Pages editor = Pages.inVietnamese().logIn("thanh-hoa-editor")) {
            laptop(editor);
            editor.goTo(path);
            editor.browser().executeScript("arguments[0].value = arguments[1]", editor.browser().findElement(By.id("meetingDate")),
                    LocalDate.of(2023, 10, 30).toString());
            editor.type("minutes", "Biên bản họp Ban Thường vụ ngày 30/10/2023");
            editor.pressAndWait("approve-report");
            assertThat(editor.text("report-approval")).contains("Ban Thường vụ thông qua tại cuộc họp ngày 30/10/2023");
        }
        try (Pages admin = Pages.inVietnamese().logIn("thanh-hoa-admin")) {
            laptop(admin);
            admin.goTo(path);
            admin.pressAndWait("send-report");
            admin.confirm("confirm-send", true);
            assertThat(admin.text("report-status")).isEqualTo("Đã gửi Liên hiệp Hội Việt Nam");
        }
        try (Pages reviewer = Pages.inVietnamese().logIn("national-reviewer")) {
            laptop(reviewer);
            reviewer.goTo(national);
            assertThat(reviewer.confirm("accept-report", true)).startsWith("Tiếp nhận báo cáo này?");
            assertThat(reviewer.text("report-status")).isEqualTo("Đã được tiếp nhận");
        }
    }

    /** Whether the page asks before it is left: it cancels the beforeunload event the browser sends first. */
    private static boolean leavingIsQuestioned(Pages pages) {
        return (Boolean) pages.browser().executeScript(
                "const e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e); return e.defaultPrevented;");
    }

    private static void laptop(Pages pages) {
        pages.browser().manage().window().setSize(new Dimension(1366, 768));
    }

    /** Types at the end of a section's editor, as a user does. */
    private static void typeInSection(Pages pages, String section, String text) {
        WebElement editor = pages.waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-input='section-" + section + "'] .ql-editor")));
        pages.browser().executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", editor);
        editor.sendKeys(text);
    }
}
