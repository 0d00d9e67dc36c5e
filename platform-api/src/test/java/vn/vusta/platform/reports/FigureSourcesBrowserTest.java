package vn.vusta.platform.reports;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import tools.jackson.databind.JsonNode;
import vn.vusta.platform.Api;
import vn.vusta.platform.Pages;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.test.KeycloakTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each computed figure of a report says its source and the day it stands on (issue 17, point 9: a 2026 report showed
 * the 2021 census as TC05 with no hint): the members figure names its census, and says when it is older than the
 * period's year; and it leads to the records it counts (issue 18).
 */
@PlatformApiTest
class FigureSourcesBrowserTest {

    private static final String THANH_HOA_HALF_YEAR_2021 = "0195d2a0-0038-7000-8050-000000000001";

    @Test
    void theMembersFigureNamesItsCensusAndAnOldOneIsSaidToBeOld() {
        String editor = KeycloakTokens.accessToken("thanh-hoa-editor");
        // A 2026 report of Thanh Hóa, whose last census is of 2021: started here unless a test started it before.
        JsonNode q1 = null;
        for (JsonNode period : Api.get("/api/v1/reports?year=2026", editor).json()) {
            if (period.path("period").path("kind").asString().equals("Q1")) {
                q1 = period;
            }
        }
        assertThat(q1).as("Q1 2026 in the calendar").isNotNull();
        String report2026 = q1.path("reportId").isNull() || q1.path("reportId").isMissingNode()
                ? Api.call("POST", "/api/v1/reports", editor, "{\"periodId\": \"%s\"}".formatted(q1.path("period").path("id").asString()), null)
                        .json().path("id").asString()
                : q1.path("reportId").asString();

        try (Pages pages = Pages.inVietnamese().logIn("thanh-hoa-viewer")) {
            pages.goTo("/workspace/reports/" + THANH_HOA_HALF_YEAR_2021);
            assertThat(source(pages, "TC05")).isEqualTo(
                    "Nguồn: điều tra hội viên ngày 30/06/2021 (số liệu các hội báo cáo), tính đến 30/06/2021");
            assertThat(source(pages, "TV01")).isEqualTo("Nguồn: kế hoạch tư vấn, phản biện, tính đến 30/06/2021");

            // Each figure leads to the records it counts, as the period filters them (issue 18).
            var eventsLink = pages.browser().findElement(By.cssSelector(".figure-source a.figure-records[href*='/workspace/events']"));
            assertThat(eventsLink.getText()).isEqualTo("Xem các bản ghi");
            pages.browser().navigate().to(eventsLink.getDomProperty("href"));
            assertThat(pages.browser().findElement(By.id("from")).getDomProperty("value")).isEqualTo("01/01/2021");
            assertThat(pages.browser().findElement(By.id("to")).getDomProperty("value")).isEqualTo("30/06/2021");
            pages.goTo("/workspace/reports/" + THANH_HOA_HALF_YEAR_2021);
            assertThat(pages.browser().findElement(By.cssSelector("#figure-TV01 a.figure-records")).getDomAttribute("href"))
                    .isEqualTo("/workspace/consultancy?year=2021&asOf=2021-06-30");

            pages.goTo("/workspace/reports/" + report2026);
            assertThat(source(pages, "TC05")).isEqualTo("Nguồn: điều tra hội viên ngày 30/06/2021 (số liệu các hội báo cáo), "
                    + "tính đến 31/03/2026 Chưa có điều tra hội viên năm 2026.");
            assertThat(pages.browser().findElement(By.cssSelector("#figure-TC05 .figure-source")).getDomAttribute("class"))
                    .contains("text-warning-emphasis");
        }
    }

    private static String source(Pages pages, String code) {
        pages.text("figure-" + code);
        return pages.browser().findElement(By.cssSelector("#figure-" + code + " .figure-source span")).getText().strip();
    }
}
