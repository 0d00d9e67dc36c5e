package vn.vusta.platform.activities;

import org.junit.jupiter.api.Test;
import vn.vusta.platform.Pages;
import vn.vusta.platform.PlatformApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The Activities page gives a union's year at a glance: each kind's figure of the year, leading to its list. */
@PlatformApiTest
class ActivitiesPageTest {

    @Test
    void aYearsFiguresOfEachKindReadAsTheSeedsReportThem() {
        try (Pages pages = Pages.inVietnamese().logIn("thanh-hoa-viewer").goTo("/workspace/activities?year=2021")) {
            assertThat(pages.text("figure-consultancy")).startsWith("Năm 2021: 10 nhiệm vụ được giao");
            assertThat(pages.text("figure-service-counts")).contains("Tư vấn pháp luật: 2.730 vụ việc")
                    .contains("Thẩm định, phản biện báo cáo đánh giá tác động môi trường: 150 báo cáo");

            pages.press("activity-consultancy");
            pages.waiting().until(d -> d.getCurrentUrl().contains("/workspace/consultancy?year=2021"));
        }
        // Without a chosen year, the latest with events: Hải Phòng's demo ends in 2022.
        try (Pages pages = Pages.inVietnamese().logIn("hai-phong-viewer").goTo("/workspace/activities")) {
            assertThat(pages.text("figure-commendations")).contains("9 tập thể và 2 cá nhân");
            assertThat(pages.text("figure-events")).isEqualTo("Năm 2022: 14 sự kiện · 1.668 lượt người tham gia");
        }
    }
}
