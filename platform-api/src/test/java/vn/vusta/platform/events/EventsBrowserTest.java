package vn.vusta.platform.events;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import vn.vusta.platform.Pages;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.test.Browser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The events pages in headless Chromium: a secretariat records a round table with its photo in one submit (a mistake
 * first, shown beside its field) and finds it in the list and on its page; a Standing Committee member of Hải Phòng
 * reads the seeds' figures off the list and the calendar.
 */
@PlatformApiTest
class EventsBrowserTest {

    @Test
    void anEditorRecordsAnEventWithAPhotoAndSeesItInTheListAndOnItsPage() throws IOException {
        Path photo = Files.createTempDirectory("vusta-event-").resolve("quang-canh-toa-dam.png");
        try (InputStream in = getClass().getResourceAsStream("/demo-files/hoi-nghi.png")) {
            Files.copy(in, photo);
        }
        String title = "Tọa đàm chuyển đổi số trong nông nghiệp " + UUID.randomUUID().toString().substring(0, 6);
        try (Pages pages = Pages.inVietnamese().logIn("hung-yen-editor").goTo("/workspace/activities")) {
            var browser = pages.browser();
            pages.press("activity-events");
            pages.press("add-event");

            new Select(pages.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("kind")))).selectByVisibleText("Tọa đàm");
            pages.type("title", title);
            date(pages, "startsOn", "21/04/2032");
            date(pages, "endsOn", "20/04/2032");
            pages.type("participantCount", "85");
            pages.type("place", "Hội trường Liên hiệp hội");
            new Select(browser.findElement(By.id("provinceCode"))).selectByVisibleText("Hưng Yên");
            new Select(browser.findElement(By.id("organiserUnitId"))).selectByVisibleText("Hội Nông học tỉnh Hưng Yên");
            pages.type("partners", "Sở Khoa học và Công nghệ");
            pages.type("topics", "Chuyển đổi số trong nông nghiệp\nTruy xuất nguồn gốc nông sản");
            Browser.consoleErrors(browser);
            browser.findElement(By.id("participant-search")).sendKeys("tran van phuc");
            WebElement candidate = pages.waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.xpath("//div[@id='participants']//label[contains(., 'Trần Văn Phúc')]/input")));
            browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", candidate);
            candidate.click();
            assertThat(Browser.consoleErrors(browser)).as("the console while searching participants").isEmpty();
            browser.findElement(By.id("files")).sendKeys(photo.toString());
            pages.press("save-event");

            // The last day before the first: said beside the field; what was typed and chosen stays.
            assertThat(pages.text("endsOn-error")).isEqualTo("ngày kết thúc không được trước ngày bắt đầu");
            assertThat(browser.findElement(By.id("endsOn")).getAttribute("class")).contains("is-invalid");
            assertThat(browser.findElement(By.id("title")).getAttribute("value")).isEqualTo(title);
            assertThat(browser.findElement(By.xpath("//div[@id='participants']//label[contains(., 'TS. Trần Văn Phúc')]/input"))
                    .isSelected()).isTrue();

            date(pages, "endsOn", "21/04/2032");
            browser.findElement(By.id("files")).sendKeys(photo.toString());
            pages.press("save-event");

            assertThat(pages.text("notice")).isEqualTo("Đã lưu sự kiện \"" + title + "\".");
            assertThat(pages.text("event-title")).isEqualTo(title);
            assertThat(pages.text("event-kind")).isEqualTo("Tọa đàm");
            assertThat(pages.text("event-dates")).isEqualTo("21/04/2032");
            assertThat(pages.text("event-place")).isEqualTo("Hội trường Liên hiệp hội, Hưng Yên");
            assertThat(pages.text("event-organiser")).isEqualTo("Hội Nông học tỉnh Hưng Yên");
            assertThat(pages.text("event-co-organisers")).isEqualTo("Sở Khoa học và Công nghệ");
            assertThat(pages.text("event-participant-count")).isEqualTo("85");
            assertThat(pages.text("event-participants")).isEqualTo("TS. Trần Văn Phúc");
            assertThat(pages.text("attachments")).contains("quang-canh-toa-dam.png");
            WebElement thumbnail = browser.findElement(By.cssSelector("#attachments img"));
            pages.waiting().until(driver -> ((Number) browser.executeScript("return arguments[0].naturalWidth", thumbnail)).intValue() > 0);

            pages.goTo("/workspace/events?year=2032&text=" + title.substring(title.length() - 6));
            assertThat(pages.text("event-totals")).isEqualTo("01 sự kiện · 85 lượt người tham gia");
            WebElement row = browser.findElement(By.xpath("//table[@id='events']//tr[td[contains(., '" + title + "')]]"));
            assertThat(row.getText()).contains("21/04/2032", "Tọa đàm", "Hội trường Liên hiệp hội, Hưng Yên",
                    "Hội Nông học tỉnh Hưng Yên", "+ Sở Khoa học và Công nghệ", "1 tệp");
            pages.browser().executeScript("arguments[0].click()", row.findElement(By.className("event-title")));
            pages.waiting().until(ExpectedConditions.textToBe(By.id("event-title"), title));
        }
    }

    @Test
    void aStandingCommitteeMemberReadsTheSeedsFiguresOffTheListAndTheCalendar() {
        try (Pages pages = Pages.inVietnamese().logIn("hai-phong-viewer")
                .goTo("/workspace/events?kind=TRAINING&from=2021-01-01&to=2021-06-30")) {
            assertThat(pages.text("event-totals")).isEqualTo("04 sự kiện · 390 lượt người tham gia");
            assertThat(pages.browser().findElements(By.id("add-event"))).as("a viewer adds nothing").isEmpty();

            new Select(pages.browser().findElement(By.id("unitId"))).selectByVisibleText("Hội Làm vườn thành phố Hải Phòng");
            new Select(pages.browser().findElement(By.id("year"))).selectByVisibleText("2022");
            date(pages, "from", "");
            date(pages, "to", "");
            pages.press("filter-events");
            pages.waiting().until(ExpectedConditions.textToBe(By.id("event-totals"), "11 sự kiện · 1.462 lượt người tham gia"));

            pages.goTo("/workspace/events/calendar?month=2022-12");
            assertThat(pages.text("calendar-month")).isEqualTo("Tháng 12 năm 2022");
            assertThat(pages.text("day-2022-12-27")).contains("Hội nghị Ban Chấp hành tổng kết công tác năm 2022");
            pages.browser().executeScript("arguments[0].click()",
                    pages.browser().findElement(By.cssSelector("#day-2022-12-27 .calendar-event")));
            pages.waiting().until(ExpectedConditions.textToBe(By.id("event-kind"), "Hội nghị Ban Chấp hành"));
            assertThat(pages.text("event-outcome")).contains("Tặng Giấy khen 9 tập thể và 2 cá nhân");
        }
    }

    /** A date typed as a Vietnamese user types it, day first. */
    private static void date(Pages pages, String id, String dayMonthYear) {
        pages.type(id, dayMonthYear);
    }
}
