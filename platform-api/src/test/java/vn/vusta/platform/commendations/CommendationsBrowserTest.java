package vn.vusta.platform.commendations;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
 * Thanh Hóa's secretariat in a real browser records a decision of Giấy khen with its recipients: a unit of the union,
 * an outside organisation, a member found by name without diacritics and a person named; a mistake first, shown
 * next to its field; then the year's list adds them up.
 */
@PlatformApiTest
class CommendationsBrowserTest {

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
    void anEditorRecordsACertificateDecisionWithItsRecipients() throws IOException {
        pages.logIn("thanh-hoa-editor").goTo("/workspace/activities");
        click(wait.until(ExpectedConditions.elementToBeClickable(By.id("activity-commendations"))));
        click(wait.until(ExpectedConditions.elementToBeClickable(By.id("commendation-new"))));

        new Select(browser.findElement(By.id("kind"))).selectByVisibleText("Giấy khen");
        pages.type("number", "61/QĐ-LHH");
        date("decidedOn", "30/12/2019");
        pages.type("year", "2019");
        pages.type("reason", "Có thành tích xuất sắc trong công tác hội năm 2019");
        // No one commended yet.
        pages.press("commendation-save");
        assertThat(pages.text("recipients-error")).isEqualTo("quyết định khen thưởng cần ít nhất một tập thể hoặc cá nhân");
        assertThat(browser.findElement(By.id("reason")).getAttribute("value")).isEqualTo("Có thành tích xuất sắc trong công tác hội năm 2019");

        new Select(browser.findElement(By.id("recipient-0-unit"))).selectByVisibleText("Hội Làm vườn tỉnh Thanh Hóa");
        pages.type("recipient-1-name", "Báo Thanh Hóa");
        new Select(browser.findElement(By.id("recipient-2-kind"))).selectByVisibleText("Cá nhân");
        pages.type("recipient-2-search", "le xuan cuong");
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//select[@id='recipient-2-member']/option[text()='Lê Xuân Cường']")));
        new Select(browser.findElement(By.id("recipient-2-member"))).selectByVisibleText("Lê Xuân Cường");
        pages.type("recipient-2-detail", "Giảng viên Trường Đại học Hồng Đức");
        new Select(browser.findElement(By.id("recipient-3-kind"))).selectByVisibleText("Cá nhân");
        pages.type("recipient-3-name", "Nguyễn Thị Khen");
        // A unit chosen for a person is refused beside that row's unit.
        new Select(browser.findElement(By.id("recipient-4-kind"))).selectByVisibleText("Cá nhân");
        new Select(browser.findElement(By.id("recipient-4-unit"))).selectByVisibleText("Hội Y học tỉnh Thanh Hóa");
        pages.press("commendation-save");
        assertThat(pages.text("recipient-4-unit-error")).isEqualTo("cá nhân không thể là một đơn vị");
        assertThat(new Select(browser.findElement(By.id("recipient-2-member"))).getFirstSelectedOption().getText())
                .isEqualTo("Lê Xuân Cường");

        new Select(browser.findElement(By.id("recipient-4-unit"))).selectByIndex(0);
        new Select(browser.findElement(By.id("recipient-4-kind"))).selectByVisibleText("Tập thể");
        browser.findElement(By.id("files")).sendKeys(scanOfTheDecision().toString());
        pages.press("commendation-save");
        assertThat(pages.text("notice")).isEqualTo("Đã ghi nhận quyết định khen thưởng 2 tập thể và 2 cá nhân.");
        assertThat(pages.text("decision-document")).contains("Số 61/QĐ-LHH, ngày 30/12/2019");
        assertThat(pages.text("recipient-list")).contains("Hội Làm vườn tỉnh Thanh Hóa", "Báo Thanh Hóa", "Lê Xuân Cường",
                "Giảng viên Trường Đại học Hồng Đức", "Nguyễn Thị Khen");

        assertThat(pages.text("files")).contains("Quyết định 61-QĐ-LHH.pdf");
        click(browser.findElement(By.linkText("Khen thưởng năm 2019")));
        assertThat(pages.text("year-totals")).isEqualTo("1 quyết định: 2 tập thể và 2 cá nhân");
        assertThat(pages.text("year-2019")).contains("2 tập thể và 2 cá nhân");
    }

    /** A scan of the decision to attach, from the demo's files. */
    private static Path scanOfTheDecision() throws IOException {
        Path scan = Files.createTempDirectory("vusta-scan").resolve("Quyết định 61-QĐ-LHH.pdf");
        try (var in = CommendationsBrowserTest.class.getResourceAsStream("/demo-files/bao-cao.pdf")) {
            Files.copy(in, scan);
        }
        scan.toFile().deleteOnExit();
        return scan;
    }

    private void click(org.openqa.selenium.WebElement element) {
        browser.executeScript("arguments[0].click()", element);
    }

    /** A date typed as a Vietnamese user types it, day first. */
    private void date(String id, String dayMonthYear) {
        var field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(dayMonthYear);
    }
}
