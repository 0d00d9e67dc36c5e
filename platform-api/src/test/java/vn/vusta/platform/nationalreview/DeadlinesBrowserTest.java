package vn.vusta.platform.nationalreview;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;
import vn.vusta.platform.Api;
import vn.vusta.platform.DemoTenants;
import vn.vusta.platform.Pages;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.test.KeycloakTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The national union adjusts a period's deadlines in the pages (issue 18): the late window, refused out of range with
 * the reason beside the field, then saved and shown on the period's status; a later due day for Hưng Yên with its
 * reason, shown beside Hưng Yên's status, then withdrawn; the year's completeness board is a link away. On the third quarter of 2019, which no other test reads;
 * left as found.
 */
@PlatformApiTest
class DeadlinesBrowserTest {

    @Test
    void aReviewerGivesALateWindowAndOneUnionALaterDueDay() {
        String q3 = period(2019, "Q3");
        try (Pages pages = Pages.inVietnamese().logIn("national-reviewer")) {
            pages.goTo("/national/reports?period=" + q3);
            pages.press("deadlines-link");
            assertThat(pages.text("deadline-of-period")).isEqualTo("Quý III 2019 — hạn gửi 05/10/2019");

            pages.type("graceDays", "120");
            pages.press("save-grace");
            assertThat(pages.text("grace-refusal")).isEqualTo("số ngày gia hạn phải từ 0 đến 90");
            pages.type("graceDays", "5");
            pages.press("save-grace");
            assertThat(pages.text("notice")).isEqualTo("Đã lưu thời hạn.");

            new Select(pages.browser().findElement(By.id("unionId"))).selectByVisibleText("Hưng Yên");
            pages.type("dueOn", "20/10/2019");
            pages.press("grant-exception");
            assertThat(pages.text("exception-refusal")).isEqualTo("hãy nêu lý do cho phép nộp sau hạn");
            // What was chosen and typed is still there.
            assertThat(new Select(pages.browser().findElement(By.id("unionId"))).getFirstSelectedOption().getText()).isEqualTo("Hưng Yên");
            assertThat(pages.browser().findElement(By.id("dueOn")).getDomProperty("value")).isEqualTo("20/10/2019");
            pages.type("reason", "Bão số 5 gây mất điện kéo dài");
            pages.press("grant-exception");
            assertThat(pages.text("exception-" + DemoTenants.HUNG_YEN))
                    .contains("20/10/2019", "Bão số 5 gây mất điện kéo dài");

            pages.goTo("/national/reports?period=" + q3);
            assertThat(pages.text("grace-days")).isEqualTo("gia hạn 5 ngày (đến 10/10/2019)");
            // The year's board, its year written as a year (not 2.019).
            pages.pressAndWait("completeness-link");
            assertThat(pages.browser().findElement(By.tagName("h1")).getText()).isEqualTo("Tình hình gửi báo cáo năm 2019");
            pages.goTo("/national/reports?period=" + q3);
            assertThat(pages.text("province-33")).contains("Hưng Yên", "20/10/2019");

            pages.press("deadlines-link");
            pages.confirm("withdraw-" + DemoTenants.HUNG_YEN);
            assertThat(pages.text("no-exceptions")).isEqualTo("Chưa có hạn riêng nào.");
            pages.type("graceDays", "0");
            pages.press("save-grace");
            assertThat(pages.text("notice")).isEqualTo("Đã lưu thời hạn.");
        }
        JsonNode status = Api.get("/api/v1/national/periods/2019/Q3/status", KeycloakTokens.accessToken("national-reviewer")).json();
        assertThat(status.path("graceDays").asInt()).isZero();
    }

    private static String period(int year, String kind) {
        for (JsonNode p : Api.get("/api/v1/national/periods?year=" + year, KeycloakTokens.accessToken("national-reviewer")).json()) {
            if (p.path("kind").asString().equals(kind)) {
                return p.path("id").asString();
            }
        }
        throw new AssertionError("No " + kind + " " + year + " in the calendar");
    }
}
