package vn.vusta.platform.research;

import vn.vusta.platform.deploy.test.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import vn.vusta.platform.Pages;
import vn.vusta.platform.PlatformApiTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A research project in a real browser, from registration to acceptance: the lead researcher found among the members
 * by a name typed without diacritics, a mistake shown next to its field, an acceptance refused without its day, and
 * the acceptance minutes attached.
 */
@PlatformApiTest
class ResearchBrowserTest {

    private Pages pages;
    private ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        pages = Pages.inVietnamese();
        browser = pages.browser();
    }

    @AfterEach
    void closeBrowser() {
        pages.close();
    }

    @Test
    void anEditorRegistersAProjectStartsItAndRecordsItsAcceptanceWithItsMinutes() throws IOException {
        String title = "Mô hình nuôi cá lồng " + UUID.randomUUID().toString().substring(0, 6);
        pages.logIn("hung-yen-editor").goTo("/workspace/research/new");
        pages.type("title", title);
        new Select(browser.findElement(By.id("level"))).selectByVisibleText("Cấp cơ sở");
        new Select(browser.findElement(By.id("leadUnitId"))).selectByVisibleText("Hội Nông học tỉnh Hưng Yên");
        browser.findElement(By.id("member-search")).sendKeys("tran van phuc");
        pages.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("leadMemberId"), "Trần Văn Phúc"));
        date("startsOn", "01/03/2024");
        date("endsOn", "01/02/2024");
        submit("project-form");
        assertThat(pages.text("endsOn-error")).isEqualTo("ngày kết thúc không được trước ngày bắt đầu");
        assertThat(new Select(browser.findElement(By.id("leadMemberId"))).getFirstSelectedOption().getText()).isEqualTo("Trần Văn Phúc");

        date("endsOn", "31/12/2024");
        pages.type("budget", "120000000");
        submit("project-form");
        assertThat(pages.text("notice")).isEqualTo("Đã lưu " + title + ".");
        assertThat(pages.text("project-record")).contains("Đã đăng ký", "Cấp cơ sở", "Hội Nông học tỉnh Hưng Yên",
                "Trần Văn Phúc", "01/03/2024 – 31/12/2024", "120.000.000 đồng");

        submit("start-form");
        assertThat(pages.text("project-status")).isEqualTo("Đang thực hiện");
        new Select(browser.findElement(By.id("rating"))).selectByVisibleText("Khá");
        submit("acceptance-form");
        assertThat(pages.text("acceptedOn-error")).isEqualTo("cần ghi ngày nghiệm thu");
        assertThat(pages.text("project-status")).isEqualTo("Đang thực hiện");

        date("acceptedOn", "20/12/2024");
        submit("acceptance-form");
        assertThat(pages.text("notice")).isEqualTo("Đã ghi nhận nghiệm thu " + title + ".");
        assertThat(pages.text("project-acceptance")).contains("20/12/2024 · Khá");
        assertThat(browser.findElements(By.id("acceptance-form"))).isEmpty();

        // The acceptance minutes, attached from the page.
        Path minutes = Files.createTempDirectory("vusta-test").resolve("Biên bản nghiệm thu.pdf");
        try (var in = ResearchBrowserTest.class.getResourceAsStream("/demo-files/bao-cao.pdf")) {
            Files.copy(in, minutes);
        }
        browser.findElement(By.id("file")).sendKeys(minutes.toString());
        submit("attachment-form");
        assertThat(pages.text("notice")).isEqualTo("Đã đính kèm Biên bản nghiệm thu.pdf.");
        assertThat(pages.text("attachments")).contains("Biên bản nghiệm thu.pdf", "Gỡ Biên bản nghiệm thu.pdf");

        pages.goTo("/workspace/research?year=2024&status=ACCEPTED");
        assertThat(pages.text("projects")).contains(title, "Hội Nông học tỉnh Hưng Yên", "Trần Văn Phúc");
    }

    /** A date typed as a Vietnamese user types it, day first. */
    private void date(String id, String dayMonthYear) {
        var field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(dayMonthYear);
    }

    private void submit(String formId) {
        WebElement form = browser.findElement(By.id(formId));
        browser.executeScript("arguments[0].requestSubmit()", form);
        pages.waiting().until(Browser.gone(form));
    }
}
