package vn.vusta.platform.admin;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import vn.vusta.platform.deploy.LocalCredentials;
import vn.vusta.platform.TenantAdminTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform's own record of processing as processor (issue 20): its administrators read what the operator does
 * with personal data for every union, the unions it does it for, and where and how the data is kept.
 */
@TenantAdminTest
class PlatformProcessingRecordTest {

    @Test
    void thePlatformAdministratorReadsThePlatformsRecordAsProcessor() throws Exception {
        var response = AdminTestSupport.asPlatformAdmin("GET", "/api/v1/processing-activities");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode record = JsonMapper.builder().build().readTree(response.body());
        assertThat(record.path("law").asString()).contains("91/2025/QH15");
        assertThat(record.path("processor").path("operations").size()).isPositive();
        assertThat(record.path("controllers").toString()).contains("hai-phong", "thanh-hoa", "hung-yen");
        assertThat(record.path("activities").size()).isEqualTo(7);
        assertThat(record.path("activities").get(0).path("retention").asString()).contains("5 năm");
        assertThat(record.path("securityMeasures").size()).isPositive();
        assertThat(record.path("storage").asString()).isNotBlank();
    }

    @Test
    void itReadsOnAPhone() {
        AdminTestSupport.inBrowser((browser, wait) -> {
            browser.manage().window().setSize(new Dimension(390, 844));
            AdminTestSupport.logIn(browser, wait, "platform-admin", LocalCredentials.DEMO_PASSWORD);
            browser.get(AdminTestSupport.baseUrl() + "/processing");
            assertThat(browser.findElement(By.tagName("h1")).getText())
                    .isEqualTo("Ghi nhận hoạt động xử lý dữ liệu cá nhân của nền tảng (bên xử lý)");
            assertThat(browser.findElement(By.id("controllers")).getText()).contains("(hai-phong)");
            assertThat(browser.findElement(By.id("activities")).getText()).contains("Thời hạn lưu trữ");
            assertThat((Long) browser.executeScript("return document.body.scrollWidth")).as("no sideways scrolling")
                    .isLessThanOrEqualTo(390L);
        });
    }
}
