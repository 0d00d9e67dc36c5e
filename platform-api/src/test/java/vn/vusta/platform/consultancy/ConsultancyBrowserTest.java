package vn.vusta.platform.consultancy;

import vn.vusta.platform.deploy.test.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.vusta.platform.Pages;
import vn.vusta.platform.PlatformApiTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consultancy pages in a real browser: Hưng Yên's secretariat records a task with its expert panel and moves it
 * through its workflow (mistakes first, shown beside their fields), watching the plan's figures change; a member of
 * Thanh Hóa's Standing Committee reads the plan of 2021 as the report of 22/06/2021 gives it, without the buttons.
 */
@PlatformApiTest
class ConsultancyBrowserTest {

    private Pages pages;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        pages = Pages.inVietnamese();
        browser = pages.browser();
        wait = pages.waiting();
    }

    @AfterEach
    void closeBrowser() {
        pages.close();
    }

    @Test
    void anEditorMovesATaskFromAssignedToAcceptedAndThePlanFiguresFollow() throws IOException {
        int year = HungYenTasks.year();
        pages.logIn("hung-yen-editor").goTo("/workspace/activities");
        click(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("activity-consultancy"))));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("plan-summary")));

        pages.goTo("/workspace/consultancy?year=" + year + "&asOf=" + year + "-12-31");
        assertThat(text("plan-headline")).isEqualTo("Năm %d: được giao 0 nhiệm vụ, đến 31/12/%d đã hoàn thành 0".formatted(year, year));
        click(browser.findElement(By.id("add-task")));

        WebElement planYear = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("planYear")));
        planYear.clear();
        planYear.sendKeys(String.valueOf(year));
        new Select(browser.findElement(By.id("kind"))).selectByVisibleText("Phản biện");
        browser.findElement(By.id("subject")).sendKeys("Phản biện Đề án bảo vệ môi trường làng nghề");
        new Select(browser.findElement(By.id("authorityKind"))).selectByVisibleText("Sở, ban, ngành");
        browser.findElement(By.id("authority")).sendKeys("Sở Nông nghiệp và Môi trường tỉnh Hưng Yên");
        browser.findElement(By.id("assignmentNumber")).sendKeys("45/SNNMT-MT");
        date("assignedOn", "01/02/" + year);
        date("dueOn", "31/10/" + year);
        browser.findElement(By.id("expert-search")).sendKeys("tran van phuc");
        click(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("add-expert-" + HungYenTasks.EXPERT))));
        WebElement ticked = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("panel-" + HungYenTasks.EXPERT)));
        assertThat(ticked.isSelected()).isTrue();
        // The same expert once more, from the results still shown: no second line; searched again, not offered.
        click(browser.findElement(By.id("add-expert-" + HungYenTasks.EXPERT)));
        browser.findElement(By.id("expert-search")).sendKeys(" ");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("add-expert-" + HungYenTasks.EXPERT)));
        assertThat(browser.findElements(By.cssSelector("#panel-chosen input[value='" + HungYenTasks.EXPERT + "']")))
                .as("the expert on the panel once").hasSize(1);
        submit("task-form");

        assertThat(text("notice")).isEqualTo("Đã lưu nhiệm vụ \"Phản biện Đề án bảo vệ môi trường làng nghề\".");
        assertThat(text("task-status")).isEqualTo("Được giao");
        assertThat(text("task-document")).isEqualTo("Văn bản số 45/SNNMT-MT ngày 01/02/" + year);
        assertThat(text("panel")).contains("TS. Trần Văn Phúc");
        assertThat(text("history")).contains("01/02/" + year + " — Giao nhiệm vụ", "ghi nhận bởi Bùi Thị Mai");
        String taskPage = browser.getCurrentUrl();
        assertThat(plan(year, year + "-12-31")).isEqualTo("assigned 1, done 0, awaiting 0, in progress 0, not started 1");

        browser.get(taskPage);
        click(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("step-start"))));
        date("date", "01/03/" + year);
        browser.findElement(By.id("comment")).sendKeys("Họp hội đồng chuyên gia lần thứ nhất");
        submit("step-form");
        assertThat(text("notice")).isEqualTo("Đã ghi nhận nhiệm vụ bắt đầu thực hiện.");
        assertThat(text("task-status")).isEqualTo("Đang thực hiện");

        click(browser.findElement(By.id("step-submit-report")));
        date("date", "15/08/" + year);
        submit("step-form");
        assertThat(text("resultFile-error")).isEqualTo("cần tệp báo cáo kết quả để nộp báo cáo");
        Path report = Files.createTempFile("Bao-cao-phan-bien-", ".pdf");
        try {
            Files.write(report, HungYenTasks.demoPdf());
            date("date", "15/08/" + year);
            browser.findElement(By.id("resultFile")).sendKeys(report.toAbsolutePath().toString());
            submit("step-form");
        } finally {
            Files.deleteIfExists(report);
        }
        assertThat(text("task-status")).isEqualTo("Đã nộp báo cáo, chờ nghiệm thu");
        assertThat(text("result-document")).contains(report.getFileName().toString());
        assertThat(plan(year, year + "-12-31")).isEqualTo("assigned 1, done 0, awaiting 1, in progress 0, not started 0");

        browser.get(taskPage);
        click(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("step-accept"))));
        date("date", "10/09/" + year);
        submit("step-form");
        assertThat(text("assessment-error")).isEqualTo("cần ghi ý kiến đánh giá của cơ quan giao nhiệm vụ");
        browser.findElement(By.id("assessment")).sendKeys("Báo cáo phản biện có chất lượng, được tiếp thu.");
        new Select(browser.findElement(By.id("rating"))).selectByVisibleText("Tốt");
        submit("step-form");
        assertThat(text("notice")).isEqualTo("Đã ghi nhận nhiệm vụ được nghiệm thu.");
        assertThat(text("task-status")).isEqualTo("Đã nghiệm thu");
        assertThat(text("task-assessment")).isEqualTo("Báo cáo phản biện có chất lượng, được tiếp thu. Tốt");
        assertThat(browser.findElements(By.cssSelector("[id^='step-']"))).isEmpty();
        assertThat(browser.findElements(By.id("edit-task"))).isEmpty();
        assertThat(text("history")).contains("01/03/" + year + " — Bắt đầu thực hiện", "Họp hội đồng chuyên gia lần thứ nhất",
                "15/08/" + year + " — Nộp báo cáo kết quả", "10/09/" + year + " — Nghiệm thu");
        // A stale link to a step leads back to the task, saying why.
        browser.get(taskPage + "/cancel");
        assertThat(text("refusal")).isEqualTo("nhiệm vụ đã được nghiệm thu hoặc đã hủy, không thay đổi được nữa");
        assertThat(text("task-status")).isEqualTo("Đã nghiệm thu");

        assertThat(plan(year, year + "-12-31")).isEqualTo("assigned 1, done 1, awaiting 0, in progress 0, not started 0");
        assertThat(text("plan-headline")).isEqualTo("Năm %d: được giao 1 nhiệm vụ, đến 31/12/%d đã hoàn thành 1".formatted(year, year));
        click(browser.findElement(By.id("cutoff-mid")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan-headline"), "30/06/" + year));
        assertThat(figures()).isEqualTo("assigned 1, done 0, awaiting 0, in progress 1, not started 0");
    }

    @Test
    void aViewerReadsThanhHoasPlanOf2021WithoutTheButtons() {
        pages.logIn("thanh-hoa-viewer").goTo("/workspace/consultancy?year=2021&asOf=2021-06-30");
        assertThat(text("plan-headline")).isEqualTo("Năm 2021: được giao 10 nhiệm vụ, đến 30/06/2021 đã hoàn thành 4");
        assertThat(figures()).isEqualTo("assigned 10, done 4, awaiting 1, in progress 4, not started 1");
        assertThat(text("tasks-total")).isEqualTo("10 nhiệm vụ");
        assertThat(text("tasks")).contains("Phản biện Đồ án điều chỉnh Quy hoạch chung đô thị Nghi Sơn đến năm 2040",
                "Văn bản số 412/QĐ-UBND ngày 25/01/2021", "PGS.TS. Nguyễn Thị Bích Ngọc", "Đã nghiệm thu", "18/06/2021", "Đã hủy");
        assertThat(browser.findElements(By.id("add-task"))).isEmpty();

        click(browser.findElement(By.linkText("Phản biện Đồ án điều chỉnh Quy hoạch chung đô thị Nghi Sơn đến năm 2040")));
        assertThat(text("task-status")).isEqualTo("Đã nghiệm thu");
        assertThat(text("task-assessment")).contains("Xuất sắc");
        assertThat(text("result-document")).contains("Báo cáo phản biện Quy hoạch chung đô thị Nghi Sơn.pdf");
        assertThat(text("history")).contains("25/01/2021 — Giao nhiệm vụ", "18/06/2021 — Nghiệm thu");
        assertThat(browser.findElements(By.cssSelector("[id^='step-']"))).isEmpty();
        assertThat(browser.findElements(By.id("edit-task"))).isEmpty();
        assertThat(browser.findElements(By.id("attach-form"))).isEmpty();
    }

    private String plan(int year, String asOf) {
        pages.goTo("/workspace/consultancy?year=" + year + "&asOf=" + asOf);
        return figures();
    }

    private String figures() {
        return "assigned %s, done %s, awaiting %s, in progress %s, not started %s".formatted(text("plan-assigned"),
                text("plan-done"), text("plan-awaiting"), text("plan-in-progress"), text("plan-not-started"));
    }

    /** Scrolled to at once: Bootstrap's smooth scrolling would move the element under the pointer. */
    private void click(WebElement element) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }

    /** A date typed as a Vietnamese user types it, day first. */
    private void date(String id, String dayMonthYear) {
        var field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(dayMonthYear);
    }

    private void submit(String formId) {
        WebElement form = browser.findElement(By.id(formId));
        click(form.findElement(By.cssSelector("button[type=submit]")));
        wait.until(Browser.gone(form));
    }

    private String text(String id) {
        return pages.text(id);
    }
}
