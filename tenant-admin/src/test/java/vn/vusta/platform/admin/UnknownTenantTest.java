package vn.vusta.platform.admin;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.json.JsonMapper;
import vn.vusta.platform.TenantAdminTest;
import vn.vusta.platform.deploy.LocalCredentials;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vusta.platform.admin.AdminTestSupport.asPlatformAdmin;
import static vn.vusta.platform.admin.AdminTestSupport.baseUrl;
import static vn.vusta.platform.admin.AdminTestSupport.inBrowser;
import static vn.vusta.platform.admin.AdminTestSupport.logIn;

/** A tenant code nobody has is "not found" (404, in Vietnamese) on every route that takes one, never a 500. */
@TenantAdminTest
class UnknownTenantTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theApiAnswersNotFoundNamingTheCode() throws Exception {
        for (String[] call : new String[][]{{"GET", "/api/v1/tenants/khong-co/export"},
                {"POST", "/api/v1/tenants/khong-co/suspension"}, {"GET", "/api/v1/tenants/khong-co/merge-plan?into=hai-phong"}}) {
            var response = asPlatformAdmin(call[0], call[1]);
            assertThat(response.statusCode()).as(call[1] + " " + response.body()).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(JSON.readTree(response.body()).path("detail").asString())
                    .isEqualTo("Không có Liên hiệp hội mang mã \"khong-co\".");
        }
    }

    @Test
    void thePagesAnswerNotFoundInVietnamese() {
        inBrowser((browser, wait) -> {
            logIn(browser, wait, "platform-admin", LocalCredentials.DEMO_PASSWORD);
            wait.until(ExpectedConditions.elementToBeClickable(By.id("new-tenant")));
            for (String page : new String[]{"/tenants/khong-co/restore", "/tenants/khong-co/merge", "/tenants/khong-co/delete",
                    "/tenants/khong-co/export"}) {
                browser.get(baseUrl() + page);
                assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("not-found-reason"))).getText())
                        .as(page).isEqualTo("Không có Liên hiệp hội mang mã \"khong-co\".");
            }
        });
    }
}
