package vn.vusta.platform.members;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import vn.vusta.platform.Api;
import vn.vusta.platform.deploy.test.KeycloakTokens;
import vn.vusta.platform.Pages;
import vn.vusta.platform.PlatformApiTest;

import java.util.List;
import java.util.UUID;

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

    @Test
    void aSecretariatChangesTheStatusOfTheMembersItTicksAndAddsThemToAUnit() {
        String word = "Thửnghiệm" + UUID.randomUUID().toString().substring(0, 4);
        String editor = KeycloakTokens.accessToken("thanh-hoa-editor");
        for (String name : List.of("Lê Văn " + word, "Phạm Thị " + word, "Đỗ Minh " + word)) {
            assertThat(Api.call("POST", "/api/v1/members", editor, "{\"fullName\": \"" + name + "\"}", null).status())
                    .isEqualTo(201);
        }
        try (Pages pages = Pages.inVietnamese().logIn("thanh-hoa-editor").goTo("/workspace/members?text=" + word)) {
            pages.waiting().until(ExpectedConditions.textToBe(By.id("member-total"), "3 hội viên"));
            assertThat(pages.browser().findElement(By.id("bulk-apply")).isEnabled()).as("nothing ticked yet").isFalse();
            var boxes = pages.browser().findElements(By.cssSelector("#members input[name='ids']"));
            boxes.get(0).click();
            boxes.get(1).click();
            new Select(pages.browser().findElement(By.id("bulk-action"))).selectByValue("status");
            new Select(pages.browser().findElement(By.id("bulk-status"))).selectByVisibleText("Ngừng sinh hoạt");
            pages.press("bulk-apply");
            pages.waiting().until(ExpectedConditions.alertIsPresent()).accept();
            pages.waiting().until(ExpectedConditions.textToBe(By.id("notice"), "Đã chuyển trạng thái của 2 hội viên."));
            assertThat(pages.browser().getCurrentUrl()).as("back on the same list").contains("text=");
            assertThat(statuses(pages)).containsExactlyInAnyOrder("Ngừng sinh hoạt", "Ngừng sinh hoạt", "Đang sinh hoạt");

            pages.browser().findElement(By.id("choose-all")).click();
            new Select(pages.browser().findElement(By.id("bulk-action"))).selectByValue("unit");
            new Select(pages.browser().findElement(By.id("bulk-unit"))).selectByVisibleText("Hội Làm vườn tỉnh Thanh Hóa");
            pages.press("bulk-apply");
            pages.waiting().until(ExpectedConditions.alertIsPresent()).accept();
            pages.waiting().until(ExpectedConditions.textToBe(By.id("notice"), "Đã thêm 3 hội viên vào đơn vị."));
            assertThat(rows(pages)).allSatisfy(row -> assertThat(row.getText()).contains("Hội Làm vườn tỉnh Thanh Hóa"));
        }
    }

    private static List<String> statuses(Pages pages) {
        return rows(pages).stream().map(row -> row.findElements(By.tagName("td")).getLast().getText()).toList();
    }

    private static List<WebElement> rows(Pages pages) {
        return pages.browser().findElements(By.cssSelector("#members tbody tr"));
    }

    private static List<String> names(Pages pages) {
        return pages.browser().findElements(By.cssSelector("#members .member-name")).stream().map(WebElement::getText).toList();
    }

    /** The second column of the viewer's list (an editor's has the ticks first). */
    private static List<Integer> birthYears(Pages pages) {
        return rows(pages).stream().map(row -> row.findElements(By.tagName("td")).get(1).getText())
                .filter(year -> !year.isBlank()).map(Integer::valueOf).toList();
    }
}
