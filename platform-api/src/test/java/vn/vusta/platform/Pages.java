package vn.vusta.platform;

import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.vusta.platform.deploy.LocalCredentials;
import vn.vusta.platform.deploy.test.Browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import vn.vusta.platform.deploy.test.KeycloakLogin;

/** The platform's pages in headless Chromium, as one user sees them: log in through Keycloak, go, read, press. */
public final class Pages implements AutoCloseable {

    private final ChromeDriver browser;
    private final WebDriverWait wait;

    private Pages(String language) {
        browser = Browser.start(language);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    /** A browser that asks for Vietnamese pages, as the unions' users' browsers do. */
    public static Pages inVietnamese() {
        return new Pages("vi-VN,vi");
    }

    /** A browser set to American English, whose own date inputs would read and write mm/dd/yyyy. */
    public static Pages inAmericanEnglish() {
        return new Pages("en-US,en");
    }

    /** Logs in through Keycloak's page and waits for the page the user lands on. */
    public Pages logIn(String username) {
        browser.get(Api.baseUrl() + "/");
        KeycloakLogin.signIn(browser, username, LocalCredentials.DEMO_PASSWORD);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main-nav")));
        return this;
    }

    public Pages goTo(String path) {
        browser.get(Api.baseUrl() + path);
        return this;
    }

    /** Follows a download link with this user's session, as the browser would save the file. */
    public HttpResponse<byte[]> download(String linkId) {
        String href = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(linkId))).getDomAttribute("href");
        String session = browser.manage().getCookieNamed("VUSTA_SESSION").getValue();
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create(Api.baseUrl() + href))
                    .header("Cookie", "VUSTA_SESSION=" + session).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public ChromeDriver browser() {
        return browser;
    }

    public WebDriverWait waiting() {
        return wait;
    }

    /** The text of an element, once it is there. */
    public String text(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id))).getText().strip();
    }

    public void type(String id, String text) {
        var field = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        field.clear();
        field.sendKeys(text);
    }

    /** Presses a button, wherever it sits on a page longer than the headless window. */
    public void press(String id) {
        browser.executeScript("arguments[0].click()", wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id))));
    }

    /** Presses a button and waits for the page it leads to. */
    public void pressAndWait(String id) {
        WebElement page = browser.findElement(By.tagName("html"));
        press(id);
        wait.until(Browser.gone(page));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main-nav")));
    }

    /** Clicks a button that asks first (data-confirm), says yes and waits for the page it leads to; gives the question. */
    public String confirm(String id) {
        return confirm(id, true);
    }

    /**
     * Clicks a button that asks first, answers the question (yes or no) and, when yes, waits for the page the
     * button leads to; gives the question asked.
     */
    public String confirm(String id, boolean yes) {
        WebElement button = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        WebElement page = browser.findElement(By.tagName("html"));
        // Clicked after the script returns: the question then waits for the test, not inside the script.
        browser.executeScript("const b = arguments[0]; setTimeout(() => b.click(), 0)", button);
        Alert alert = wait.until(ExpectedConditions.alertIsPresent());
        String question = alert.getText();
        if (yes) {
            alert.accept();
            wait.until(Browser.gone(page));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main-nav")));
        } else {
            alert.dismiss();
        }
        return question;
    }

    /** Closes the browser, failing when a page broke the Content-Security-Policy on the way (every browser test checks it). */
    @Override
    public void close() {
        try {
            org.assertj.core.api.Assertions.assertThat(Browser.cspViolations(browser))
                    .as("what the browser refused under the Content-Security-Policy").isEmpty();
        } finally {
            browser.quit();
        }
    }
}
