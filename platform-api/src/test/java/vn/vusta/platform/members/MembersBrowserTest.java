package vn.vusta.platform.members;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.vusta.platform.Api;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.LocalCredentials;
import vn.vusta.platform.deploy.test.Browser;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The members pages in headless Chromium: live search, and a form that says what is wrong next to the field. */
@PlatformApiTest
class MembersBrowserTest {

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start("vi-VN,vi");
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void typingANameWithoutDiacriticsFindsTheMember() {
        logIn("thanh-hoa-viewer", "/workspace/members");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("members")));
        assertThat(text("member-total")).matches("\\d+ hội viên");
        assertThat(browser.findElements(By.id("add-member"))).as("a viewer adds no one").isEmpty();

        browser.findElement(By.id("member-search")).sendKeys("hoang van ke");
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#members tbody tr:first-child .member-name"), "PGS. TS. Hoàng Văn Kể"));
        assertThat(text("member-total")).isEqualTo("1 hội viên");

        browser.findElement(By.cssSelector("#members .member-name")).click();
        wait.until(ExpectedConditions.textToBe(By.id("member-name"), "PGS. TS. Hoàng Văn Kể"));
        assertThat(text("member-record")).contains("Hội Làm vườn tỉnh Thanh Hóa", "Trồng trọt", "Đang sinh hoạt");
    }

    @Test
    void theFormShowsEachErrorNextToItsFieldAndSavesOnceCorrected() {
        logIn("thanh-hoa-editor", "/workspace/members/new");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("member-form")));
        String name = "Lê Thị Biểu Mẫu " + UUID.randomUUID().toString().substring(0, 4);
        browser.findElement(By.id("birthYear")).sendKeys("1850");
        browser.findElement(By.id("email")).sendKeys("không-phải-thư");
        click("save-member");

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("form-errors")));
        assertThat(text("fullName-error")).isEqualTo("không được để trống");
        assertThat(text("birthYear-error")).isEqualTo("phải lớn hơn hoặc bằng 1900");
        assertThat(text("email-error")).isEqualTo("không phải địa chỉ thư điện tử hợp lệ");
        assertThat(browser.findElement(By.id("birthYear")).getAttribute("class")).contains("is-invalid");

        browser.findElement(By.id("fullName")).sendKeys(name);
        browser.findElement(By.id("birthYear")).clear();
        browser.findElement(By.id("birthYear")).sendKeys("1985");
        browser.findElement(By.id("email")).clear();
        click("save-member");
        wait.until(ExpectedConditions.textToBe(By.id("member-name"), name));
        assertThat(text("notice")).isEqualTo("Đã lưu hội viên " + name + ".");
    }

    private void logIn(String username, String path) {
        browser.get(Api.baseUrl() + "/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-form-login")));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(LocalCredentials.DEMO_PASSWORD);
        browser.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.urlContains("/workspace"));
        browser.get(Api.baseUrl() + path);
    }

    /** Clicks what may be below the fold, as a user who scrolled to it. */
    private void click(String id) {
        var element = browser.findElement(By.id(id));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private String text(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id))).getText().strip();
    }
}
