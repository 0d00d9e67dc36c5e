package vn.vusta.platform.members;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.vusta.platform.Pages;
import vn.vusta.platform.PlatformApiTest;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The members pages in headless Chromium: live search, and a form that says what is wrong next to the field. */
@PlatformApiTest
class MembersBrowserTest {

    @Test
    void typingANameWithoutDiacriticsFindsTheMember() {
        try (Pages pages = Pages.inVietnamese().logIn("thanh-hoa-viewer").goTo("/workspace/members")) {
            assertThat(pages.text("member-total")).matches("\\d+ hội viên");
            assertThat(pages.browser().findElements(By.id("add-member"))).as("a viewer adds no one").isEmpty();

            pages.browser().findElement(By.id("member-search")).sendKeys("hoang van ke");
            pages.waiting().until(ExpectedConditions.textToBe(By.cssSelector("#members tbody tr:first-child .member-name"),
                    "PGS. TS. Hoàng Văn Kể"));
            assertThat(pages.text("member-total")).isEqualTo("1 hội viên");
            assertThat(pages.browser().findElement(By.id("export-xlsx")).getAttribute("href"))
                    .as("the export takes the search").contains("/workspace/members/export", "format=xlsx", "q=hoang");

            pages.browser().findElement(By.cssSelector("#members .member-name")).click();
            pages.waiting().until(ExpectedConditions.textToBe(By.id("member-name"), "PGS. TS. Hoàng Văn Kể"));
            assertThat(pages.text("member-record")).contains("Hội Làm vườn tỉnh Thanh Hóa", "Trồng trọt", "Đang sinh hoạt");
        }
    }

    @Test
    void theFormShowsEachErrorNextToItsFieldAndSavesOnceCorrected() {
        try (Pages pages = Pages.inVietnamese().logIn("thanh-hoa-editor").goTo("/workspace/members/new")) {
            String name = "Lê Thị Biểu Mẫu " + UUID.randomUUID().toString().substring(0, 4);
            pages.type("birthYear", "1850");
            pages.type("email", "không-phải-thư");
            pages.press("save-member");

            assertThat(pages.text("form-errors")).isEqualTo("Vui lòng sửa các ô được đánh dấu.");
            assertThat(pages.text("fullName-error")).isEqualTo("không được để trống");
            assertThat(pages.text("birthYear-error")).isEqualTo("phải lớn hơn hoặc bằng 1900");
            assertThat(pages.text("email-error")).isEqualTo("không phải địa chỉ thư điện tử hợp lệ");
            assertThat(pages.browser().findElement(By.id("birthYear")).getAttribute("class")).contains("is-invalid");

            pages.type("fullName", name);
            pages.type("birthYear", "1985");
            pages.type("email", "");
            pages.press("save-member");
            pages.waiting().until(ExpectedConditions.textToBe(By.id("member-name"), name));
            assertThat(pages.text("notice")).isEqualTo("Đã lưu hội viên " + name + ".");
        }
    }
}
