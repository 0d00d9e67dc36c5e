package vn.vusta.platform.contests;

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
 * Thanh Hóa's secretariat in a real browser adds an entry of the 2021 youth contest, by a member found by name and a
 * pupil named, and awards it a prize; a second prize for the same entry is refused next to the entry chosen.
 */
@PlatformApiTest
class ContestsBrowserTest {

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
    void anEditorAddsAnEntryAndAwardsItAPrize() {
        pages.logIn("thanh-hoa-editor").goTo("/workspace/activities");
        click(wait.until(ExpectedConditions.elementToBeClickable(By.id("activity-contests"))));
        click(wait.until(ExpectedConditions.elementToBeClickable(
                By.linkText("Cuộc thi Sáng tạo thanh thiếu niên nhi đồng tỉnh Thanh Hóa năm 2021"))));
        assertThat(pages.text("edition-name")).isEqualTo("Cuộc thi Sáng tạo thanh thiếu niên nhi đồng tỉnh Thanh Hóa năm 2021");

        click(browser.findElement(By.cssSelector("#entry-add > summary")));
        pages.type("title", "Đèn học tự tắt khi không có người");
        pages.type("field", "Điện tử");
        pages.type("submittedBy", "Trường THCS Lê Lợi, phường Hạc Thành");
        pages.type("author-search", "le xuan cuong");
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//select[@id='authorMemberId']/option[text()='Lê Xuân Cường']")));
        new Select(browser.findElement(By.id("authorMemberId"))).selectByVisibleText("Lê Xuân Cường");
        pages.type("authorNames", "Hoàng Thị Nhỏ");
        pages.press("entry-save");
        assertThat(pages.text("notice")).isEqualTo("Đã thêm bài dự thi.");
        assertThat(entryRow("Đèn học tự tắt khi không có người").getText())
                .contains("Lê Xuân Cường, Hoàng Thị Nhỏ", "Điện tử", "Trường THCS Lê Lợi, phường Hạc Thành");

        click(browser.findElement(By.cssSelector("#prize-add > summary")));
        new Select(browser.findElement(By.id("prize-entryId"))).selectByVisibleText("Đèn học tự tắt khi không có người");
        new Select(browser.findElement(By.id("grade"))).selectByVisibleText("Giải Nhì");
        pages.type("decision", "Quyết định trao giải của Ban Tổ chức Cuộc thi năm 2021");
        pages.press("prize-save");
        assertThat(pages.text("notice")).isEqualTo("Đã trao giải.");
        assertThat(entryRow("Đèn học tự tắt khi không có người").getText()).contains("Giải Nhì");
        assertThat(pages.text("prize-list")).contains("Giải Nhì Đèn học tự tắt khi không có người");

        // The same entry again: refused next to the entry chosen, the form kept open with what was typed.
        click(browser.findElement(By.cssSelector("#prize-add > summary")));
        new Select(browser.findElement(By.id("prize-entryId"))).selectByVisibleText("Đèn học tự tắt khi không có người");
        new Select(browser.findElement(By.id("grade"))).selectByVisibleText("Giải Nhất");
        pages.press("prize-save");
        assertThat(pages.text("prize-entryId-error")).isEqualTo("bài dự thi này đã được trao giải");
        assertThat(new Select(browser.findElement(By.id("grade"))).getFirstSelectedOption().getText()).isEqualTo("Giải Nhất");
        assertThat(pages.text("prize-list")).doesNotContain("Giải Nhất");
    }

    private WebElement entryRow(String title) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//table[@id='entry-list']//tr[td[text()='" + title + "']]")));
    }

    private void click(WebElement element) {
        browser.executeScript("arguments[0].click()", element);
    }
}
