package vn.vusta.platform.servicecounts;

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

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counted services in a real browser: a union configures a kind, enters its units' counts for a half-year and
 * reads the total (mistakes shown next to their field); Thanh Hóa's Standing Committee reads the figures of the
 * seeds off the lists of publications, research projects and counted services.
 */
@PlatformApiTest
class ServiceCountsBrowserTest {

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
    void anEditorAddsAKindEntersTheCountsOfAHalfYearAndReadsTheTotal() {
        String kind = "Tư vấn pháp luật " + UUID.randomUUID().toString().substring(0, 6);
        pages.logIn("hung-yen-editor").goTo("/workspace/service-counts/kinds");
        pages.type("name", kind);
        pages.type("unitOfCount", "vụ việc");
        submit("kind-form");
        assertThat(pages.text("notice")).isEqualTo("Đã lưu loại dịch vụ " + kind + ".");
        assertThat(pages.text("kinds")).contains(kind + " vụ việc Đang dùng");

        pages.goTo("/workspace/service-counts?year=2024&period=H1");
        assertThat(pages.text("period-title")).isEqualTo("6 tháng đầu năm 2024 (01/01/2024 – 30/06/2024)");
        // The form offers the period shown.
        assertThat(browser.findElement(By.id("periodStart")).getDomProperty("value")).isEqualTo("01/01/2024");
        assertThat(browser.findElement(By.id("periodEnd")).getDomProperty("value")).isEqualTo("30/06/2024");
        enter(kind, "Hội Nông học tỉnh Hưng Yên", "1200");
        assertThat(pages.text("notice")).isEqualTo("Đã ghi nhận 1.200 vụ việc (" + kind + ") của Hội Nông học tỉnh Hưng Yên.");
        enter(kind, "Cơ quan Liên hiệp hội", "830");
        assertThat(totalOf(kind).getText()).contains(kind, "2.030 vụ việc");

        // The unit's second quarter again: refused next to the period, with the count it clashes with.
        new Select(browser.findElement(By.id("kindId"))).selectByVisibleText(kind + " (vụ việc)");
        new Select(browser.findElement(By.id("unitId"))).selectByVisibleText("Hội Nông học tỉnh Hưng Yên");
        date("periodStart", "01/04/2024");
        pages.type("quantity", "50");
        submit("count-form");
        assertThat(pages.text("periodStart-error")).isEqualTo("trùng với kỳ 01/01/2024 – 30/06/2024 đã nhập (1.200) "
                + "cho đơn vị và loại dịch vụ này; hãy sửa số liệu đó hoặc chọn kỳ khác");
        assertThat(browser.findElement(By.id("periodStart")).getDomProperty("className")).contains("is-invalid");
        assertThat(browser.findElement(By.id("quantity")).getDomProperty("value")).isEqualTo("50");

        date("periodStart", "01/07/2024");
        date("periodEnd", "30/09/2024");
        pages.type("quantity", "-4");
        submit("count-form");
        assertThat(pages.text("quantity-error")).isEqualTo("số lượng không được âm");
        assertThat(totalOf(kind).getText()).contains("2.030 vụ việc");
    }

    @Test
    void theStandingCommitteeReadsTheFiguresOfTheSeedsOffTheLists() {
        pages.logIn("thanh-hoa-viewer").goTo("/workspace/service-counts?year=2021&period=H1");
        assertThat(pages.text("service-totals")).contains("Tư vấn pháp luật 2.030 vụ việc 3",
                "Tư vấn đề án, dự án quy hoạch 19 đề án, dự án", "Tư vấn phản biện nhiệm vụ nông, lâm nghiệp 21 nhiệm vụ",
                "Thẩm định, phản biện báo cáo đánh giá tác động môi trường 150 báo cáo");
        assertThat(browser.findElements(By.id("count-form"))).isEmpty();

        pages.goTo("/workspace/publications?year=2021&period=H1");
        assertThat(pages.text("publications-summary")).contains("6 tháng đầu năm 2021", "02 số Đặc san khoa học Thanh Hóa",
                "Tổng cộng: 02 số, 2.200 bản in");

        pages.goTo("/workspace/research?year=2021&period=H1");
        assertThat(pages.text("research-total")).isEqualTo("12 đề tài, dự án");
        assertThat(pages.text("research-by-level")).isEqualTo("03 cấp bộ, ngành; 05 cấp tỉnh; 04 cấp cơ sở");
        assertThat(pages.text("research-accepted")).isEqualTo("Nghiệm thu trong kỳ: 03");
    }

    private void enter(String kind, String unit, String quantity) {
        new Select(browser.findElement(By.id("kindId"))).selectByVisibleText(kind + " (vụ việc)");
        new Select(browser.findElement(By.id("unitId"))).selectByVisibleText(unit);
        pages.type("quantity", quantity);
        submit("count-form");
    }

    private WebElement totalOf(String kind) {
        return pages.waiting().until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//table[@id='service-totals']//tr[td[contains(., '" + kind + "')]]")));
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
