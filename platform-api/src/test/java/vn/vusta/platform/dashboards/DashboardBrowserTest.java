package vn.vusta.platform.dashboards;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.vusta.platform.Pages;
import vn.vusta.platform.PlatformApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboards in a real browser: the figures as text, the charts drawn, the provinces' reporting status. */
@PlatformApiTest
class DashboardBrowserTest {

    @Test
    void aUnionSeesItsFiguresAndChartsForTheYearItChooses() {
        try (Pages pages = Pages.inVietnamese().logIn("thanh-hoa-viewer")) {
            pages.browser().findElement(By.linkText("Tổng quan")).click();
            pages.waiting().until(ExpectedConditions.urlContains("/workspace/dashboard"));
            pages.type("year", "2021");
            pages.press("show-year");
            pages.waiting().until(ExpectedConditions.urlContains("year=2021"));

            assertThat(pages.text("as-of")).isEqualTo("Số liệu đến ngày 31/12/2021");
            assertThat(pages.text("figure-census-members")).isEqualTo("23.628");
            assertThat(pages.text("key-figures")).contains("Hội viên cá nhân (theo số liệu các hội báo cáo)",
                    "Hội thành viên (hiện nay)", "Sự kiện trong năm");
            assertThat(pages.text("members-table")).contains("2021", "23.628", "2020", "23.514");
            assertThat(pages.text("period-H1")).contains("6 tháng", "05/07/2021", "Đã tiếp nhận");
            assertThat(pages.text("period-M10")).contains("10 tháng", "Trả lại");
            // Chart.js drew the canvases from the same figures.
            pages.waiting().until(d -> pages.browser().executeScript(
                    "return Chart.getChart('members-chart') != null && Chart.getChart('events-chart') != null"
                            + " && Chart.getChart('plan-chart') != null").equals(Boolean.TRUE));
            assertThat(pages.browser().executeScript(
                    "return Chart.getChart('members-chart').data.datasets[0].data[9]")).isEqualTo(23_628L);
        }
    }

    /**
     * Issue 17, points 4 and 9: a figure leads to the list it counts, and says its source and the day it stands on
     * (the census as the associations last reported it by the dashboard's day; the registry as it is today).
     */
    @Test
    void eachFigureLeadsToItsListAndSaysItsSourceAndDay() {
        try (Pages pages = Pages.inVietnamese().logIn("thanh-hoa-viewer").goTo("/workspace/dashboard?year=2021")) {
            String today = vn.vusta.platform.calendar.VietnamTime.today()
                    .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
            assertThat(pages.text("source-census-members"))
                    .isEqualTo("Nguồn: số liệu hội viên các hội báo cáo (lần gần nhất), tính đến 31/12/2021");
            assertThat(pages.text("source-registry-members")).isEqualTo("Nguồn: cơ sở dữ liệu hội viên, tính đến " + today);
            assertThat(pages.text("source-events")).isEqualTo("Nguồn: các sự kiện đã ghi, tính đến 31/12/2021");
            assertThat(pages.browser().findElement(By.id("figure-tasks-done")).getDomAttribute("href"))
                    .isEqualTo("/workspace/consultancy?status=ACCEPTED&year=2021");
            String events = pages.text("figure-events");
            pages.press("figure-events");
            pages.waiting().until(ExpectedConditions.urlContains("/workspace/events?year=2021"));
            assertThat(pages.browser().findElement(By.tagName("main")).getText()).as("the list the figure counts")
                    .containsPattern("(^|\\D)0*" + Integer.parseInt(events.replace(".", "")) + " sự kiện");
        }
        try (Pages pages = Pages.inVietnamese().logIn("national-reviewer").goTo("/national/dashboard?year=2021")) {
            assertThat(pages.browser().findElement(By.id("figure-reports")).getDomAttribute("href"))
                    .isEqualTo("/national/reports?year=2021");
            assertThat(pages.text("source-reports")).isEqualTo("Nguồn: báo cáo của năm, tính đến 31/12/2021");
        }
    }

    @Test
    void theNationalUnionSeesWhichProvincesHaveReported() {
        try (Pages pages = Pages.inVietnamese().logIn("national-reviewer").goTo("/national/dashboard?year=2021")) {
            assertThat(pages.text("reporting-table")).contains("6 tháng", "10 tháng", "Cả năm",
                    "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thanh Hóa");
            assertThat(pages.text("reporting-thanh-hoa-H1")).isEqualTo("Đã tiếp nhận");
            assertThat(pages.text("reporting-thanh-hoa-M10")).isEqualTo("Trả lại");
            assertThat(pages.browser().findElement(By.cssSelector("#reporting-thanh-hoa-H1 .badge")).getAttribute("class"))
                    .contains("text-bg-success");
            assertThat(pages.text("reporting-thanh-hoa-YEAR")).isEqualTo("Chưa gửi, quá hạn");
            assertThat(pages.text("province-thanh-hoa")).contains("23.628");
            pages.waiting().until(d -> pages.browser().executeScript("return Chart.getChart('events-chart') != null")
                    .equals(Boolean.TRUE));
        }
    }
}
