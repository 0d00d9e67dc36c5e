package vn.vusta.platform.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.vusta.platform.Pages;
import vn.vusta.platform.PlatformApiTest;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dates are typed and shown as dd/MM/yyyy on Vietnamese pages whatever the browser's language, so a day and a month
 * cannot be swapped, and a wrong date gets the platform's message, not the browser's.
 */
@PlatformApiTest
class VietnameseDatesBrowserTest {

    @Test
    void aDateIsTypedAndShownDayFirstInAnAmericanBrowser() {
        try (Pages pages = Pages.inAmericanEnglish().logIn("thanh-hoa-editor").goTo("/workspace/members/new?lang=vi")) {
            var joinedOn = pages.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("joinedOn")));
            assertThat(joinedOn.getDomAttribute("type")).as("not the browser's own date input").isEqualTo("text");
            assertThat(joinedOn.getDomAttribute("placeholder")).isEqualTo("dd/mm/yyyy");

            String name = "Trần Thị Ngày Tháng " + UUID.randomUUID().toString().substring(0, 4);
            pages.type("fullName", name);
            pages.type("joinedOn", "31/02/2021");
            pages.press("save-member");
            assertThat(pages.text("joinedOn-error")).isEqualTo("ngày không hợp lệ (dd/mm/yyyy)");
            assertThat(pages.browser().findElement(By.id("joinedOn")).getDomProperty("value"))
                    .as("what was typed is kept to be corrected").isEqualTo("31/02/2021");

            pages.type("joinedOn", "05/06/2099");
            pages.press("save-member");
            assertThat(pages.text("joinedOn-error")).isEqualTo("Ngày vào hội không được ở tương lai.");

            pages.type("joinedOn", "05/06/2021" + Keys.ESCAPE);
            pages.press("save-member");
            pages.waiting().until(ExpectedConditions.textToBe(By.id("member-name"), name));
            assertThat(pages.text("member-record")).as("the fifth of June, not the sixth of May").contains("05/06/2021");

            pages.press("edit-member");
            pages.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("joinedOn")));
            assertThat(pages.browser().findElement(By.id("joinedOn")).getDomProperty("value")).isEqualTo("05/06/2021");

            pages.press("joinedOn-calendar");
            var calendar = pages.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flatpickr-calendar.open")));
            assertThat(calendar.findElement(By.cssSelector(".flatpickr-monthDropdown-months option:checked")).getText()).as("the calendar speaks Vietnamese")
                    .isEqualToIgnoringCase("Tháng sáu");
            calendar.findElements(By.cssSelector(".flatpickr-day:not(.prevMonthDay):not(.nextMonthDay)")).stream()
                    .filter(day -> day.getText().equals("15")).findFirst().orElseThrow().click();
            assertThat(pages.browser().findElement(By.id("joinedOn")).getDomProperty("value"))
                    .as("the day picked, written day first").isEqualTo("15/06/2021");
        }
    }

    @Test
    void filtersAndTheMonthOfTheCalendarAreDayFirstToo() {
        try (Pages pages = Pages.inAmericanEnglish().logIn("thanh-hoa-viewer")
                .goTo("/workspace/events?lang=vi&from=2022-01-01&to=31/12/2022")) {
            assertThat(pages.browser().findElement(By.id("from")).getDomProperty("value")).isEqualTo("01/01/2022");
            assertThat(pages.browser().findElement(By.id("to")).getDomProperty("value")).isEqualTo("31/12/2022");

            pages.goTo("/workspace/events/calendar?month=2022-12");
            var month = pages.browser().findElement(By.name("month"));
            assertThat(month.getDomAttribute("type")).isEqualTo("text");
            assertThat(month.getDomProperty("value")).isEqualTo("12/2022");
            month.clear();
            month.sendKeys("06/2021" + Keys.ESCAPE);
            pages.press("show-month");
            pages.waiting().until(ExpectedConditions.textToBe(By.id("calendar-month"), "Tháng 6 năm 2021"));
        }
    }
}
