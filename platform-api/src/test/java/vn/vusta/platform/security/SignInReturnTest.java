package vn.vusta.platform.security;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.vusta.platform.Api;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.LocalCredentials;
import vn.vusta.platform.deploy.test.Browser;
import vn.vusta.platform.deploy.test.KeycloakLogin;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in (again) lands on the page that was asked for, not on the home page (issue 14, section 6). */
@PlatformApiTest
class SignInReturnTest {

    @Test
    void signingInLandsOnThePageAskedFor() {
        ChromeDriver browser = Browser.start("vi-VN,vi");
        try {
            browser.get(Api.baseUrl() + "/workspace/members?q=nguyen");
            KeycloakLogin.signIn(browser, "thanh-hoa-admin", LocalCredentials.DEMO_PASSWORD);
            // Back on the platform, on whichever page it chose.
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("main-nav")));
            // (Spring Security marks the page it sends back to with a "continue" parameter.)
            assertThat(browser.getCurrentUrl()).startsWith(Api.baseUrl() + "/workspace/members?q=nguyen");
        } finally {
            browser.quit();
        }
    }
}
