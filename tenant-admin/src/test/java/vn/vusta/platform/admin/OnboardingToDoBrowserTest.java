package vn.vusta.platform.admin;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.vusta.platform.TenantAdminTest;
import vn.vusta.platform.deploy.LocalCredentials;
import vn.vusta.platform.deploy.test.Browser;

import java.sql.Connection;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vusta.platform.admin.AdminTestSupport.baseUrl;
import static vn.vusta.platform.admin.AdminTestSupport.inBrowser;
import static vn.vusta.platform.admin.AdminTestSupport.logIn;
import static vn.vusta.platform.admin.AdminTestSupport.owner;

/**
 * IT opens on what needs doing (issue 17, point 4): an onboarding that stopped half-way (Keycloak failed after the
 * tenant was written) is on tenant-admin's first page with its last error, and its link opens the form filled with
 * what was asked, which finishes it.
 */
@TenantAdminTest
class OnboardingToDoBrowserTest {

    private static final String NAME = "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Quảng Ngãi";

    @Test
    void anUnfinishedOnboardingIsToDoAndItsLinkFinishesIt() throws Exception {
        // What a first attempt leaves when Keycloak fails after the database step.
        UUID tenant = UUID.randomUUID();
        try (Connection c = owner()) {
            c.createStatement().execute("insert into tenant (id, code, province_code, name) values ('%s', 'quang-ngai', '51', '%s')"
                    .formatted(tenant, NAME));
            c.createStatement().execute("""
                    insert into tenant_onboarding (code, tenant, admin_email, admin_first_name, admin_last_name, requested_by,
                                                   attempts, last_error)
                    values ('quang-ngai', '%s', 'lan.nt@quangngai.example.vn', 'Thị Lan', 'Nguyễn', 'platform-admin', 1,
                            'Keycloak did not answer')""".formatted(tenant));
        }
        inBrowser((browser, wait) -> {
            logIn(browser, wait, "platform-admin", LocalCredentials.DEMO_PASSWORD);
            browser.get(baseUrl() + "/");
            WebElement item = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#todo .todo-onboarding")));
            assertThat(browser.findElement(By.id("todo-title")).getText()).isEqualTo("Việc cần làm");
            assertThat(item.getText()).contains("Khởi tạo " + NAME + " (quang-ngai) chưa xong", "đã thử 1 lần",
                    "Lỗi lần gần nhất: Keycloak did not answer");

            WebElement link = browser.findElement(By.id("finish-quang-ngai"));
            link.click();
            wait.until(Browser.gone(link));
            assertThat(browser.findElement(By.id("code")).getDomProperty("value")).isEqualTo("quang-ngai");
            assertThat(browser.findElement(By.id("adminEmail")).getDomProperty("value")).isEqualTo("lan.nt@quangngai.example.vn");
            WebElement submit = browser.findElement(By.id("onboard"));
            browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", submit);
            submit.click();
            assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("onboarded-tenant"))).getText()).contains(NAME);

            browser.get(baseUrl() + "/");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("todo")));
            assertThat(browser.findElements(By.id("finish-quang-ngai"))).as("finished, nothing left to do for it").isEmpty();
        });
    }
}
