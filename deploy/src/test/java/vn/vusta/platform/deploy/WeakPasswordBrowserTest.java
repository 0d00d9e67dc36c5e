package vn.vusta.platform.deploy;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.vusta.platform.deploy.test.Browser;
import vn.vusta.platform.deploy.test.KeycloakLogin;
import vn.vusta.platform.deploy.test.RealServices;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vusta.platform.deploy.RealmHardeningTest.keycloak;
import static vn.vusta.platform.deploy.RealmHardeningTest.newUser;

/** Choosing a password on Keycloak's page, in Vietnamese: the realm's policy refuses weak ones and says why. */
@RealServices
class WeakPasswordBrowserTest {

    private static final String PASSWORD = "mật khẩu ban đầu đủ dài";

    @Test
    void aWeakPasswordIsRefusedInVietnamese() throws Exception {
        String username = newUser(PASSWORD, List.of("UPDATE_PASSWORD"));
        WebDriver browser = Browser.start("vi");
        try {
            var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get(keycloak() + "/realms/vusta/account/");
            KeycloakLogin.signIn(browser, username, PASSWORD);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-passwd-update-form")));
            assertThat(browser.findElement(By.id("kc-page-title")).getText()).isEqualTo("Cập nhật mật khẩu");

            choose(browser, "1");
            assertRefusal(wait, "Mật khẩu không hợp lệ: độ dài tối thiểu 12.");
            choose(browser, username);
            assertRefusal(wait, "Mật khẩu không hợp lệ: không được trùng với tên người dùng.");
            choose(browser, username + "@example.vn");
            assertRefusal(wait, "Mật khẩu không hợp lệ: không được trùng với email.");
            choose(browser, PASSWORD);
            assertRefusal(wait, "Mật khẩu không hợp lệ: không được trùng với bất kỳ mật khẩu nào trong 5 lần gần nhất.");

            // A passphrase of twelve characters or more that is none of these is taken.
            choose(browser, "hoa sen nở giữa đầm");
            wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login-actions")));
            assertThat(browser.findElements(By.id("kc-passwd-update-form"))).isEmpty();
        } finally {
            browser.quit();
        }
    }

    private static void choose(WebDriver browser, String password) {
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("password-new")));
        browser.findElement(By.id("password-new")).sendKeys(password);
        browser.findElement(By.id("password-confirm")).sendKeys(password);
        browser.findElement(By.id("kc-submit")).click();
    }

    /** Keycloak says it above the form (the length also beside the field, as it is typed). */
    private static void assertRefusal(WebDriverWait wait, String message) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), message));
    }
}
