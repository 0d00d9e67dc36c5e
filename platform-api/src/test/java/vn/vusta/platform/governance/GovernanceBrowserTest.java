package vn.vusta.platform.governance;

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


import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thanh Hóa's secretariat in a real browser: the current leadership at a glance, a member leaving the Ban Chấp hành
 * (a mistake first, shown next to its field) and a supplementary election filling the seat.
 */
@PlatformApiTest
class GovernanceBrowserTest {

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
    void anEditorSeesTheLeadershipRecordsAResignationAndASupplementaryElection() {
        pages.logIn("thanh-hoa-editor");
        wait.until(ExpectedConditions.urlContains("/workspace"));
        browser.findElement(By.linkText("Tổ chức bộ máy")).click();

        WebElement chair = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#leadership .leader")));
        assertThat(chair.getText()).contains("Chủ tịch", "PGS.TS. Lê Công Cường", "BCH, BTV, Thường trực");
        assertThat(text("leadership")).contains("Lãnh đạo hiện nay · Nhiệm kỳ 2024–2029", "Phó Chủ tịch kiêm Tổng Thư ký",
                "PGS.TS. Hoàng Đình Đạt", "Ban Thường vụ 11/11 thành viên", "Thường trực 4/4 thành viên");

        browser.findElement(By.linkText("Lãnh đạo hiện nay · Nhiệm kỳ 2024–2029")).click();
        WebElement leaving = seatRow("EXECUTIVE_COMMITTEE", "Hà Thu Chi");
        click(leaving.findElement(By.linkText("Thôi giữ vị trí")));
        assertThat(text("seat-held")).isEqualTo("BSCKII. Hà Thu Chi, Ủy viên Ban Chấp hành từ ngày 18/10/2024");

        // Nothing filled in: each field says what it needs, next to it.
        submit("end-form");
        assertThat(text("endsOn-error")).isEqualTo("phải có giá trị");
        assertThat(text("reason-error")).isEqualTo("phải có giá trị");
        assertThat(text("decisionText-error")).isEqualTo("không được để trống");
        // A day before the seat began.
        date("endsOn", "01/03/2024");
        new Select(browser.findElement(By.id("reason"))).selectByVisibleText("Xin thôi");
        browser.findElement(By.id("decisionNumber")).sendKeys("18/NQ-LHH");
        browser.findElement(By.id("decisionText")).sendKeys("Hội nghị Ban Chấp hành lần thứ 4");
        submit("end-form");
        assertThat(text("endsOn-error")).isEqualTo("ngày kết thúc phải sau ngày bắt đầu giữ vị trí");
        assertThat(browser.findElement(By.id("endsOn")).getAttribute("class")).contains("is-invalid");
        assertThat(browser.findElement(By.id("decisionText")).getAttribute("value")).isEqualTo("Hội nghị Ban Chấp hành lần thứ 4");

        date("endsOn", "30/06/2026");
        submit("end-form");
        assertThat(text("notice")).isEqualTo("Đã ghi nhận Hà Thu Chi thôi giữ vị trí.");
        assertThat(seatRow("EXECUTIVE_COMMITTEE", "Hà Thu Chi").getText()).contains("30/06/2026", "Xin thôi", "Số 18/NQ-LHH");

        click(seatRow("EXECUTIVE_COMMITTEE", "Hà Thu Chi").findElement(By.linkText("Bầu bổ sung")));
        assertThat(new Select(browser.findElement(By.id("replacesMandateId"))).getFirstSelectedOption().getText())
                .isEqualTo("BSCKII. Hà Thu Chi · Ủy viên · Xin thôi 30/06/2026");
        assertThat(new Select(browser.findElement(By.id("startKind"))).getFirstSelectedOption().getText()).isEqualTo("Bầu bổ sung");
        browser.findElement(By.id("member-search")).sendKeys("vu thi minh yen");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("memberId"), "Vũ Thị Minh Yến"));
        new Select(browser.findElement(By.id("memberId"))).selectByVisibleText("DS. Vũ Thị Minh Yến");
        date("startsOn", "15/07/2026");
        browser.findElement(By.id("decisionText")).sendKeys("Hội nghị Ban Chấp hành lần thứ 5");
        submit("seat-form");

        assertThat(text("notice")).isEqualTo("Đã ghi nhận Vũ Thị Minh Yến (Bầu bổ sung).");
        assertThat(seatRow("EXECUTIVE_COMMITTEE", "Vũ Thị Minh Yến").getText()).contains("15/07/2026", "Bầu bổ sung");
        assertThat(text("history")).contains("15/07/2026", "Bầu bổ sung: DS. Vũ Thị Minh Yến — Ủy viên Ban Chấp hành",
                "Xin thôi: BSCKII. Hà Thu Chi — Ủy viên Ban Chấp hành");
    }

    private WebElement seatRow(String body, String name) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//section[@id='body-" + body + "']//tr[td[contains(., '" + name + "')]]")));
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
