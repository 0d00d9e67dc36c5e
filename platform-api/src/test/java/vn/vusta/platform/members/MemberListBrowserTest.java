package vn.vusta.platform.members;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.vusta.platform.Pages;
import vn.vusta.platform.PlatformApiTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The members list as a secretariat works with it: the search and filters kept in the address (Back and the language
 * switch keep them), pages counted and sized, and columns that sort.
 */
@PlatformApiTest
class MemberListBrowserTest {

    @Test
    void theSearchIsKeptInTheAddressSoBackAndTheLanguageSwitchKeepIt() {
        try (Pages pages = Pages.inVietnamese().logIn("thanh-hoa-viewer").goTo("/workspace/members")) {
            pages.browser().findElement(By.id("member-search")).sendKeys("hoang van");
            pages.waiting().until(ExpectedConditions.urlContains("text=hoang"));
            pages.waiting().until(browser -> names(pages).stream().allMatch(name -> name.contains("Hoàng Văn")));
            String found = pages.text("member-total");

            pages.browser().findElement(By.cssSelector("#members .member-name")).click();
            pages.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("member-name")));
            pages.browser().navigate().back();
            pages.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("member-total")));
            assertThat(pages.browser().findElement(By.id("member-search")).getDomProperty("value")).isEqualTo("hoang van");
            assertThat(pages.text("member-total")).isEqualTo(found);

            pages.browser().findElement(By.cssSelector("a[href*='lang=en']")).click();
            pages.waiting().until(ExpectedConditions.textMatches(By.id("member-total"), java.util.regex.Pattern.compile("member")));
            assertThat(pages.browser().findElement(By.id("member-search")).getDomProperty("value"))
                    .as("the English page shows the same search").isEqualTo("hoang van");
            pages.goTo("/workspace/members?lang=vi");
        }
    }

    @Test
    void pagesAreCountedAndSizedAndColumnsSort() {
        try (Pages pages = Pages.inVietnamese().logIn("thanh-hoa-viewer").goTo("/workspace/members")) {
            assertThat(pages.text("page-number")).matches("Trang 1 / \\d+\\+?");
            assertThat(rows(pages)).hasSize(20);

            pages.press("page-size-50");
            pages.waiting().until(ExpectedConditions.urlContains("size=50"));
            assertThat(rows(pages)).hasSize(50);

            pages.press("sort-birth-year");
            pages.waiting().until(ExpectedConditions.urlContains("sort=BIRTH_YEAR"));
            assertThat(pages.browser().findElement(By.id("sort-birth-year")).findElement(By.xpath(".."))
                    .getDomAttribute("aria-sort")).isEqualTo("ascending");
            List<Integer> years = birthYears(pages);
            assertThat(years).as("oldest first, the page size kept").hasSize(50).isSorted();

            pages.press("sort-birth-year");
            pages.waiting().until(ExpectedConditions.urlContains("sort=BIRTH_YEAR_DESC"));
            assertThat(birthYears(pages)).as("youngest first").isSortedAccordingTo(java.util.Comparator.reverseOrder());
        }
    }

    private static List<WebElement> rows(Pages pages) {
        return pages.browser().findElements(By.cssSelector("#members tbody tr"));
    }

    private static List<String> names(Pages pages) {
        return pages.browser().findElements(By.cssSelector("#members .member-name")).stream().map(WebElement::getText).toList();
    }

    private static List<Integer> birthYears(Pages pages) {
        return rows(pages).stream().map(row -> row.findElements(By.tagName("td")).get(1).getText())
                .filter(year -> !year.isBlank()).map(Integer::valueOf).toList();
    }
}
