package vn.vusta.platform.todo;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import vn.vusta.platform.Api;
import vn.vusta.platform.Pages;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.calendar.VietnamTime;
import vn.vusta.platform.deploy.test.Browser;
import vn.vusta.platform.deploy.test.KeycloakTokens;
import vn.vusta.platform.spreadsheets.Sheets;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page each role lands on opens on what needs doing (issue 17, point 4): Thanh Hóa's administrator and editor see
 * the union's reports due with their deadlines, the report returned with the reviewer's comment, a consultancy task
 * due and an import waiting, each linked to where it is done; the national reviewer the reports arrived and the
 * unions late; a viewer no panel. At 1366×768 and 390×844.
 */
@PlatformApiTest
class TodoPanelBrowserTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Test
    void theUnionsAdministratorAndEditorOpenOnWhatNeedsDoing() {
        String editor = KeycloakTokens.accessToken("thanh-hoa-editor");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        LocalDate today = VietnamTime.today();
        String subject = "Phản biện Đề án chuyển đổi số " + tag;
        var task = Api.call("POST", "/api/v1/consultancy/tasks", editor, """
                {"planYear": %d, "kind": "SOCIAL_ASSESSMENT", "subject": "%s", "authorityKind": "PEOPLES_COUNCIL",
                 "authority": "HĐND tỉnh Thanh Hóa", "assignmentNumber": "7/NQ-HĐND", "assignedOn": "%s", "dueOn": "%s"}"""
                .formatted(today.getYear(), subject, today, today.plusDays(1)), null);
        assertThat(task.status()).as(task.body()).isEqualTo(201);
        String taskId = task.json().path("id").asString();
        String fileName = "hoi-vien-" + tag + ".csv";
        var uploaded = Api.upload("/api/v1/imports/members", editor, fileName, Sheets.csv(',', true, List.of(
                List.of("STT", "Họ và tên", "Năm sinh"), List.of("1", "Lê Văn Chờ " + tag, "1975"))));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);

        try (Pages pages = Pages.inVietnamese().logIn("thanh-hoa-admin")) {
            pages.browser().manage().window().setSize(new Dimension(1366, 768));
            pages.goTo("/");
            assertThat(pages.browser().getCurrentUrl()).endsWith("/workspace");
            assertThat(pages.text("todo-title")).isEqualTo("Việc cần làm");
            assertThat(texts(pages, ".todo-report-due a")).as("the reports due, with their deadlines")
                    .isNotEmpty().allMatch(t -> t.matches("Báo cáo .+: hạn \\d{2}/\\d{2}/\\d{4}, (còn \\d+ ngày|quá hạn \\d+ ngày|hạn là hôm nay)"));
            WebElement returned = pages.browser().findElement(By.cssSelector("#todo .todo-report-returned"));
            assertThat(returned.getText()).contains("Báo cáo bị trả lại: Báo cáo kết quả hoạt động 10 tháng đầu năm 2021 (ngày 10/11/2021)")
                    .contains("Đề nghị bổ sung kết quả thẩm định báo cáo đánh giá tác động môi trường 10 tháng");
            assertThat(texts(pages, ".todo-task-due a")).contains("Nhiệm vụ tư vấn \"%s\": hạn %s, còn 1 ngày"
                    .formatted(subject, today.plusDays(1).format(DAY)));
            assertThat(texts(pages, ".todo-import-waiting a")).contains("Tệp nhập \"%s\" chờ xác nhận (tải lên ngày %s)"
                    .formatted(fileName, today.format(DAY)));

            // Each leads to where it is done.
            WebElement taskLink = pages.browser().findElement(By.linkText("Nhiệm vụ tư vấn \"%s\": hạn %s, còn 1 ngày"
                    .formatted(subject, today.plusDays(1).format(DAY))));
            assertThat(taskLink.getDomAttribute("href")).isEqualTo("/workspace/consultancy/tasks/" + taskId);
            taskLink.click();
            pages.waiting().until(Browser.gone(taskLink));
            assertThat(pages.browser().getCurrentUrl()).endsWith("/workspace/consultancy/tasks/" + taskId);
            assertThat(Browser.cspViolations(pages.browser())).isEmpty();
        }

        try (Pages pages = Pages.inVietnamese().logIn("thanh-hoa-editor")) {
            pages.browser().manage().window().setSize(new Dimension(390, 844));
            pages.goTo("/");
            assertThat(pages.browser().findElement(By.id("todo")).isDisplayed()).isTrue();
            assertThat(texts(pages, ".todo-task-due a")).anyMatch(t -> t.contains(subject));
            assertThat(texts(pages, ".todo-import-waiting a")).anyMatch(t -> t.contains(fileName));
        }

        try (Pages pages = Pages.inVietnamese().logIn("thanh-hoa-viewer")) {
            pages.goTo("/workspace");
            assertThat(pages.browser().findElements(By.id("todo"))).as("a viewer has nothing to do").isEmpty();
        }
    }

    @Test
    void theNationalReviewerOpensOnTheReportsArrivedAndTheUnionsLate() {
        try (Pages pages = Pages.inVietnamese().logIn("national-reviewer")) {
            pages.browser().manage().window().setSize(new Dimension(1366, 768));
            pages.goTo("/");
            assertThat(pages.browser().getCurrentUrl()).endsWith("/national/tenants");
            assertThat(pages.text("todo-title")).isEqualTo("Việc cần làm");
            List<String> arrived = texts(pages, ".todo-report-arrived a");
            assertThat(arrived).contains("Báo cáo đến cần xem xét: Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Hải Phòng, "
                    + "10 tháng đầu năm 2021 (gửi ngày 04/11/2021)");
            assertThat(texts(pages, ".todo-unions-late a")).as("a deadline passed in the last 90 days, unions waited for")
                    .isNotEmpty().allMatch(t -> t.matches("\\d+ liên hiệp hội chưa gửi báo cáo .+ \\(hạn \\d{2}/\\d{2}/\\d{4}, quá hạn \\d+ ngày\\)"));
            WebElement report = pages.browser().findElement(By.cssSelector("#todo .todo-report-arrived a"));
            assertThat(report.getDomAttribute("href")).startsWith("/national/reports/");

            pages.browser().manage().window().setSize(new Dimension(390, 844));
            pages.goTo("/national/tenants");
            assertThat(pages.browser().findElement(By.id("todo")).isDisplayed()).isTrue();
            assertThat(texts(pages, ".todo-report-arrived a")).isNotEmpty();
            assertThat(Browser.cspViolations(pages.browser())).isEmpty();
        }
    }

    private static List<String> texts(Pages pages, String css) {
        pages.text("todo");
        return pages.browser().findElements(By.cssSelector("#todo " + css)).stream().map(e -> e.getText().strip()).toList();
    }
}
