package vn.vusta.platform.nationalreview;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.vusta.platform.Api;
import vn.vusta.platform.Pages;
import vn.vusta.platform.PlatformApiTest;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The national review in a real browser, on the demo's half-year 2021 (deadline 05/07/2021): Thanh Hóa sent on
 * 28/06 and Hải Phòng on 02/07, both accepted; Hưng Yên sent on 09/07, late. With the fixture's unions (Hà Nội,
 * Hồ Chí Minh, and Hải Dương, merged after that deadline) 6 reports are expected: 3 sent (50,0 %), 2 on time (33,3 %).
 */
@PlatformApiTest
class NationalTableBrowserTest {

    private Pages pages;

    @BeforeEach
    void openBrowser() {
        ReviewFixture.ensure();
        pages = Pages.inVietnamese();
    }

    @AfterEach
    void closeBrowser() {
        pages.close();
    }

    @Test
    void aReviewerReadsWhoSentTheRatesAndTheTableAndDownloadsIt() throws Exception {
        pages.logIn("national-reviewer").goTo("/national/reports?year=2021");
        pages.press("period-H1");
        assertThat(pages.text("period-name")).isEqualTo("6 tháng 2021");
        assertThat(pages.text("reporting-rate")).isEqualTo("50,0 %");
        assertThat(pages.text("on-time-rate")).isEqualTo("33,3 %");
        assertThat(pages.text("sent-count")).isEqualTo("3/6 Liên hiệp hội đã gửi");
        assertThat(pages.text("province-38")).contains("Thanh Hóa", "Đã tiếp nhận", "28/06/2021");
        assertThat(pages.text("province-31")).contains("Hải Phòng", "Đã tiếp nhận", "02/07/2021");
        assertThat(pages.text("province-33")).contains("Hưng Yên", "Đã tiếp nhận", "Trễ hạn", "09/07/2021");
        assertThat(pages.text("province-30")).contains("Hải Dương", "(nay thuộc Hải Phòng)", "Chưa lập", "Trễ hạn");
        WebElement drillDown = pages.browser().findElement(By.cssSelector("#province-38 a.drill-down"));
        assertThat(drillDown.getDomAttribute("href"))
                .isEqualTo("/national/reports/0195d2a0-0000-7000-8000-000000000038/0195d2a0-0038-7000-8050-000000000001");

        pages.press("table-link");
        assertThat(pages.text("period-name")).isEqualTo("6 tháng 2021");
        assertThat(pages.text("v-38-TV03")).isEqualTo("3");
        assertThat(pages.text("v-31-TV03")).isEqualTo("2");
        assertThat(pages.text("total-TV03")).isEqualTo("5");
        assertThat(pages.text("accepted-TV03")).isEqualTo("5");
        assertThat(pages.text("cluster-3")).contains("Cụm Bắc Trung Bộ", "Thanh Hóa", "Cộng cụm");

        HttpResponse<byte[]> download = pages.download("table-download");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElse("")).contains("bang-chi-tieu-h1-2021.xlsx");
        List<List<String>> rows = NationalReviewApiTest.read(download.body());
        assertThat(rows.stream().map(r -> r.isEmpty() ? "" : r.getFirst()).toList())
                .containsSubsequence("Cụm Bắc Trung Bộ", "Thanh Hóa", "Cộng Cụm Bắc Trung Bộ", "Tổng cộng (báo cáo đã gửi)");
    }
}
