package vn.vusta.platform.personaldata;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import vn.vusta.platform.Accessibility;
import vn.vusta.platform.Pages;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.calendar.VietnamTime;
import vn.vusta.platform.deploy.test.Browser;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thanh Hóa's administrator keeps the breach register on its page (issue 20): a breach recorded 80 hours after its
 * detection shows its deadline and "quá hạn", and is on the to-do list until its notification is recorded, at
 * laptop and phone sizes; the record of processing activities offers the impact-assessment dossier.
 */
@PlatformApiTest
class BreachesBrowserTest {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter CONTROL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Test
    void anAdministratorRecordsABreachSeesItOverdueAndRecordsItsNotification() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        LocalDateTime detected = LocalDateTime.now(VietnamTime.ZONE).minusHours(80).truncatedTo(ChronoUnit.MINUTES);
        String deadline = detected.plusHours(72).format(SHOWN);
        try (Pages pages = Pages.inVietnamese().logIn("thanh-hoa-admin")) {
            pages.browser().manage().window().setSize(new Dimension(1366, 768));
            pages.goTo("/workspace/personal-data/breaches");
            assertThat(pages.text("content")).contains("Sổ theo dõi vi phạm quy định bảo vệ dữ liệu cá nhân", "chậm nhất là 72 giờ kể từ khi phát hiện", "Điều 23");

            pages.pressAndWait("save-breach");
            assertThat(pages.text("form-errors")).isEqualTo("Chưa ghi được: hãy sửa các trường được đánh dấu.");
            assertThat(pages.text("detectedAt-error")).isEqualTo("hãy ghi thời điểm phát hiện vi phạm");
            assertThat(pages.text("description-error")).isEqualTo("hãy ghi sự việc đã xảy ra");

            setValue(pages, "detectedAt", detected.format(CONTROL));
            pages.type("personsAffected", "1250");
            pages.type("dataCategories", "Họ tên, số điện thoại");
            pages.type("description", "Tệp danh sách hội viên " + tag + " bị gửi nhầm");
            pages.type("consequences", "Lộ số điện thoại của hội viên");
            pages.type("measures", "Đề nghị người nhận xóa tệp");
            pages.pressAndWait("save-breach");
            assertThat(pages.text("notice")).isEqualTo("Đã ghi vi phạm vào sổ. Hạn thông báo: " + deadline + ".");
            WebElement card = card(pages, tag);
            String id = card.getDomAttribute("id").substring("breach-".length());
            assertThat(card.findElement(By.className("breach-deadline")).getText()).isEqualTo("Hạn thông báo: " + deadline);
            assertThat(card.findElement(By.className("breach-overdue")).getText()).isEqualTo("quá hạn");
            assertThat(card.findElement(By.className("breach-persons")).getText()).isEqualTo("1.250");
            assertThat(blocking(pages)).as("axe on the register").isEmpty();

            pages.goTo("/workspace");
            WebElement todo = pages.browser().findElement(By.cssSelector(
                    "#todo .todo-breach-not-notified a[href='/workspace/personal-data/breaches#breach-" + id + "']"));
            assertThat(todo.getText()).isEqualTo("Vi phạm dữ liệu cá nhân phát hiện lúc %s chưa thông báo cơ quan chuyên trách: hạn %s, quá hạn"
                    .formatted(detected.format(SHOWN), deadline));
            todo.click();
            pages.waiting().until(Browser.gone(todo));

            pages.browser().manage().window().setSize(new Dimension(390, 844));
            setValue(pages, "authority-" + id, detected.minusHours(1).format(CONTROL));
            pages.pressAndWait("notify-submit-" + id);
            assertThat(pages.text("refusal-" + id)).as("beside the breach it concerns")
                    .isEqualTo("thời điểm thông báo không được trước thời điểm phát hiện");
            setValue(pages, "authority-" + id, detected.plusHours(75).format(CONTROL));
            pages.type("note-" + id, "Đã gửi văn bản thông báo");
            pages.pressAndWait("notify-submit-" + id);
            assertThat(pages.text("notice")).isEqualTo("Đã ghi việc thông báo.");
            card = card(pages, tag);
            assertThat(card.findElement(By.className("breach-notified")).getText())
                    .isEqualTo("Đã thông báo cơ quan chuyên trách lúc " + detected.plusHours(75).format(SHOWN));
            assertThat(card.findElements(By.className("breach-overdue"))).isEmpty();
            assertThat(card.findElements(By.className("breach-notification"))).as("no second notification form").isEmpty();

            pages.goTo("/workspace");
            pages.text("todo");
            assertThat(pages.browser().findElements(By.cssSelector("#todo a[href$='#breach-" + id + "']"))).isEmpty();
        }
    }

    @Test
    void theRecordOfProcessingActivitiesOffersTheDossier() {
        try (Pages pages = Pages.inVietnamese().logIn("thanh-hoa-admin")) {
            pages.browser().manage().window().setSize(new Dimension(390, 844));
            pages.goTo("/workspace/personal-data/processing");
            assertThat(pages.text("controller-name")).isEqualTo("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thanh Hóa");
            assertThat(pages.text("activity-MEMBERSHIP")).contains("Quản lý hội viên", "Hội viên đang lưu trên nền tảng");
            assertThat(pages.text("activity-NATIONAL_REPORTS")).contains("Không có dữ liệu cá nhân");
            var download = pages.download("impact-assessment-download");
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.body()).isNotEmpty();
            pages.browser().manage().window().setSize(new Dimension(1366, 768));
            pages.goTo("/workspace/personal-data/processing");
            assertThat(pages.text("cross-border")).contains("Không chuyển dữ liệu cá nhân ra nước ngoài");
            assertThat(blocking(pages)).as("axe on the record").isEmpty();
        }
    }

    private static List<Accessibility.Violation> blocking(Pages pages) {
        return Accessibility.check(pages.browser()).stream().filter(Accessibility.Violation::blocking).toList();
    }

    private static WebElement card(Pages pages, String tag) {
        pages.text("content");
        return pages.browser().findElement(By.xpath(
                "//section[contains(@class,'breach')][.//p[contains(@class,'breach-description')][contains(., '" + tag + "')]]"));
    }

    /** The browser's date-and-time control takes keys in its own locale's order; its value is what the form sends. */
    private static void setValue(Pages pages, String id, String value) {
        pages.browser().executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, value);
    }
}
