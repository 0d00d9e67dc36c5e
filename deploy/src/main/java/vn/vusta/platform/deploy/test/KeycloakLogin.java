package vn.vusta.platform.deploy.test;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/**
 * Signs in on Keycloak's login page as a person would: user name and password, then — for the demo users who
 * must give one (platform-admin, national-reviewer) — the current one-time code of their authenticator.
 */
public final class KeycloakLogin {

    private KeycloakLogin() {
    }

    /** The browser shows Keycloak's login form; afterwards Keycloak has what it asks of this user. */
    public static void signIn(WebDriver browser, String username, String password) {
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-form-login")));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("kc-login")).click();
        if (OneTimeCodes.hasDemoAuthenticator(username)) {
            giveCode(browser, OneTimeCodes.nextDemoCode(username));
        }
    }

    /** Types the code into Keycloak's one-time code form once it shows. */
    public static void giveCode(WebDriver browser, String code) {
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-otp-login-form")));
        browser.findElement(By.id("otp")).sendKeys(code);
        browser.findElement(By.id("kc-login")).click();
    }
}
