package vn.vusta.platform.personaldata;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import vn.vusta.platform.Api;
import vn.vusta.platform.Pages;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.calendar.VietnamTime;
import vn.vusta.platform.deploy.test.Browser;
import vn.vusta.platform.deploy.test.KeycloakTokens;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hải Phòng's administrator keeps the union's duties as controller (issue 20): an overdue request of a data subject is
 * on her to-do list on a phone, she answers it and it is gone; the editor never sees such requests; on a laptop she
 * records a member's withdrawal of a consent and reads the consents given under Decree 13 marked as still valid.
 */
@PlatformApiTest
class PersonalDataBrowserTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String PHAM_QUANG_THIEU = "0195d2a0-0031-7000-8001-000000000001";

    @Test
    void anOverdueRequestIsOnTheAdministratorsToDoUntilAnswered() {
        String admin = KeycloakTokens.accessToken("hai-phong-admin");
        LocalDate received = VietnamTime.today().minusDays(15);
        var request = DataSubjectRequestsTest.receive(admin, DataSubjectRequestsTest.member(admin), "ACCESS", received,
                "Đề nghị cho xem dữ liệu");
        assertThat(request.status()).as(request.body()).isEqualTo(201);
        String id = request.json().path("id").asString();
        String href = "/workspace/personal-data/requests/" + id;

        try (Pages pages = Pages.inVietnamese().logIn("hai-phong-admin")) {
            pages.browser().manage().window().setSize(new Dimension(390, 844));
            pages.goTo("/");
            WebElement item = pages.browser().findElement(By.cssSelector("#todo .todo-data-request-due a[href='" + href + "']"));
            assertThat(item.getText()).isEqualTo("Yêu cầu của chủ thể dữ liệu (Xem dữ liệu cá nhân): hạn trả lời %s, quá hạn 5 ngày"
                    .formatted(received.plusDays(10).format(DAY)));
            pages.browser().executeScript("arguments[0].click()", item);
            pages.waiting().until(Browser.gone(item));
            assertThat(pages.text("request-title")).isEqualTo("Xem dữ liệu cá nhân");
            assertThat(pages.text("request-due")).contains("quá hạn 5 ngày").contains("Luật cho 10 ngày kể từ ngày nhận.");
            assertThat(pages.browser().findElement(By.id("request-dossier")).getDomAttribute("href")).endsWith("/personal-data");
            new Select(pages.browser().findElement(By.id("outcome"))).selectByVisibleText("Đã thực hiện");
            pages.type("answer", "Đã gửi hồ sơ qua thư điện tử");
            pages.pressAndWait("record-answer");
            assertThat(pages.text("notice")).isEqualTo("Đã ghi nhận trả lời.");
            assertThat(pages.text("request-answer")).contains("Đã thực hiện " + VietnamTime.today().format(DAY))
                    .contains("Đã gửi hồ sơ qua thư điện tử");
            pages.goTo("/");
            assertThat(pages.browser().findElements(By.cssSelector("#todo a[href='" + href + "']"))).as("answered").isEmpty();
        }

        DataSubjectRequestsTest.receive(admin, DataSubjectRequestsTest.member(admin), "CORRECTION", received, null);
        try (Pages pages = Pages.inVietnamese().logIn("hai-phong-editor")) {
            pages.browser().manage().window().setSize(new Dimension(1366, 768));
            pages.goTo("/");
            assertThat(pages.browser().findElements(By.cssSelector(".todo-data-request-due"))).as("the administrators' duty").isEmpty();
            assertThat(pages.text("main-nav")).doesNotContain("Dữ liệu cá nhân");
        }
    }

    @Test
    void theAdministratorRecordsAWithdrawalOnTheMembersPage() {
        String admin = KeycloakTokens.accessToken("hai-phong-admin");
        String member = DataSubjectRequestsTest.member(admin);
        var given = Api.call("POST", "/api/v1/members/" + member + "/consents", admin, """
                {"purpose": "EVENT_CONTACTS", "given": true, "effectiveOn": "2026-02-01", "way": "WRITTEN"}""", null);
        assertThat(given.status()).as(given.body()).isEqualTo(201);
        try (Pages pages = Pages.inVietnamese().logIn("hai-phong-admin")) {
            pages.browser().manage().window().setSize(new Dimension(1366, 768));
            pages.goTo("/workspace/members/" + PHAM_QUANG_THIEU);
            assertThat(pages.text("consent-MEMBERSHIP")).contains("Đồng ý từ").contains("Theo Nghị định 13/2023/NĐ-CP, còn hiệu lực");

            pages.goTo("/workspace/members/" + member);
            assertThat(pages.text("consent-EVENT_CONTACTS")).contains("Đồng ý từ 01/02/2026").contains("Theo Luật 91/2025/QH15");
            new Select(pages.browser().findElement(By.id("purpose"))).selectByVisibleText("Liên hệ về sự kiện (thư điện tử, điện thoại)");
            new Select(pages.browser().findElement(By.id("given"))).selectByVisibleText("Rút lại sự đồng ý");
            pages.type("effectiveOn", VietnamTime.today().format(DAY));
            new Select(pages.browser().findElement(By.id("way"))).selectByVisibleText("Văn bản");
            pages.type("evidence", "Đơn rút lại sự đồng ý ngày hôm nay");
            pages.pressAndWait("record-consent");
            assertThat(pages.text("notice")).contains("Việc xử lý cho mục đích này đã dừng");
            assertThat(pages.text("consent-EVENT_CONTACTS")).isEqualTo("Liên hệ về sự kiện (thư điện tử, điện thoại) Đã rút lại ngày "
                    + VietnamTime.today().format(DAY));

            new Select(pages.browser().findElement(By.id("purpose"))).selectByVisibleText("Sử dụng hình ảnh");
            pages.type("effectiveOn", "01/01/2999");
            pages.type("evidence", "Phiếu đồng ý sử dụng hình ảnh");
            new Select(pages.browser().findElement(By.id("way"))).selectByVisibleText("Văn bản");
            pages.pressAndWait("record-consent");
            assertThat(pages.text("refusal")).isEqualTo("Ngày đồng ý hoặc rút lại không được ở tương lai.");
            assertThat(pages.browser().findElement(By.id("evidence")).getDomProperty("value")).as("what was typed is kept")
                    .isEqualTo("Phiếu đồng ý sử dụng hình ảnh");
            assertThat(pages.text("consent-PHOTOS")).as("nothing recorded").isEqualTo("Sử dụng hình ảnh Chưa ghi nhận");

            pages.goTo("/workspace/personal-data");
            assertThat(pages.text("duty-requests")).contains("Yêu cầu của chủ thể dữ liệu");
        }
    }
}
