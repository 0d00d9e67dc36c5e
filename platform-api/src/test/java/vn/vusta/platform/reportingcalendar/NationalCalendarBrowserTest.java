package vn.vusta.platform.reportingcalendar;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.vusta.platform.Pages;
import vn.vusta.platform.PlatformApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reporting calendar in a real browser, as the national union keeps it (on 2017, which no other test reads): a
 * deadline moved, a period refused with the reason beside its form, an indicator renamed.
 */
@PlatformApiTest
class NationalCalendarBrowserTest {

    private Pages pages;

    @BeforeEach
    void openBrowser() {
        pages = Pages.inVietnamese();
    }

    @AfterEach
    void closeBrowser() {
        pages.close();
    }

    @Test
    void aReviewerMovesADeadlineIsRefusedAPeriodThatEndsBeforeItStartsAndRenamesAnIndicator() {
        pages.logIn("national-reviewer").goTo("/national/calendar?year=2017");
        assertThat(pages.text("period-H1")).contains("6 tháng", "01/01/2017", "30/06/2017");
        assertThat(pages.text("indicator-TC05")).contains("Hội viên cá nhân", "người");

        date("deadline-H1", "10/07/2017");
        pages.press("save-deadline-H1");
        pages.waiting().until(browser -> browser.findElements(By.id("notice")).size() == 1);
        assertThat(pages.browser().findElement(By.id("deadline-H1")).getDomProperty("value")).isEqualTo("10/07/2017");

        pages.browser().findElement(By.cssSelector("#kind option[value='Q2']")).click();
        date("deadline", "01/03/2017");
        pages.press("add-period");
        assertThat(pages.text("add-period-refusal")).contains("hạn gửi không được trước ngày bắt đầu kỳ (01/04/2017)");
        assertThat(pages.browser().findElements(By.id("period-Q2"))).as("nothing half-written").isEmpty();

        pages.goTo("/national/calendar/2017/indicators/TN01");
        pages.type("name", "Trí thức khoa học và công nghệ được tôn vinh, khen thưởng");
        pages.press("save-indicator");
        assertThat(pages.text("indicator-TN01")).contains("Trí thức khoa học và công nghệ được tôn vinh, khen thưởng");
    }

    /** A date typed as a Vietnamese user types it, day first. */
    private void date(String id, String dayMonthYear) {
        pages.type(id, dayMonthYear);
    }
}
