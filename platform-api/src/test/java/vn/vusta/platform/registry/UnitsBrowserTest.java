package vn.vusta.platform.registry;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import vn.vusta.platform.Pages;
import vn.vusta.platform.PlatformApiTest;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A unit through the pages: its form refuses what is inconsistent, and its census is recorded on its page. */
@PlatformApiTest
class UnitsBrowserTest {

    @Test
    void anEditorAddsAUnitAndRecordsItsCensus() {
        try (Pages pages = Pages.inVietnamese().logIn("hung-yen-editor").goTo("/workspace/units/new")) {
            String name = "Hội Khoa học Đất tỉnh Hưng Yên " + UUID.randomUUID().toString().substring(0, 4);
            pages.type("name", name);
            pages.type("foundingDecisionNumber", "567/QĐ-UBND");
            new Select(pages.browser().findElement(By.id("provinceCode"))).selectByVisibleText("Hưng Yên");
            new Select(pages.browser().findElement(By.id("status"))).selectByVisibleText("Đã giải thể");
            pages.press("save-unit");
            assertThat(pages.text("dissolvedOn-error")).isEqualTo("Đơn vị đã giải thể cần có ngày giải thể; đơn vị đang hoạt động thì không.");

            new Select(pages.browser().findElement(By.id("status"))).selectByVisibleText("Đang hoạt động");
            pages.press("save-unit");
            pages.waiting().until(ExpectedConditions.textToBe(By.id("unit-name"), name));
            assertThat(pages.text("unit-record")).contains("567/QĐ-UBND", "Đang hoạt động");

            pages.browser().executeScript("document.getElementById('asOf').value = '2023-12-31'");
            pages.type("memberCount", "1234");
            pages.press("census-form-submit");
            pages.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
            assertThat(pages.text("census")).contains("31/12/2023", "1.234");
        }
    }
}
