package vn.vusta.platform.deploy.test;

import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A real browser for page tests: Debian's headless Chromium driven by Debian's chromedriver (no browser
 * downloads). Install them with {@code apt-get install chromium chromium-driver}; .ci/run does.
 */
public final class Browser {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Browser() {
    }

    public static ChromeDriver start(String language) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("Page tests need Debian's chromium and chromium-driver: "
                    + "apt-get install chromium chromium-driver");
        }
        try {
            Path profile = Files.createTempDirectory("vusta-chromium-");
            var options = new ChromeOptions()
                    .setBinary(CHROMIUM.toFile())
                    .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                            "--disable-quic", "--no-first-run", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--window-size=1280,1000",
                            "--lang=" + language, "--user-data-dir=" + profile);
            // Headless Chromium sends en-US unless told otherwise.
            options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
            // The console is kept, so tests can see what the Content-Security-Policy refused (cspViolations).
            options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
            var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER.toString())).build();
            var driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return driver;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What the browser refused under the pages' Content-Security-Policy since the last call (an inline script or
     * handler, an inline style, a script from elsewhere): the console's "Refused to …" lines. Reading empties the log.
     */
    public static java.util.List<String> cspViolations(ChromeDriver browser) {
        return browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Content-Security-Policy"))
                .toList();
    }

    /**
     * What the pages wrote to the console as errors since the last read (a script that failed, a resource that did not
     * load, a refused policy): a page a user works in has none. Reading empties the log.
     */
    public static java.util.List<String> consoleErrors(ChromeDriver browser) {
        return browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .toList();
    }

    /**
     * Until the element's page has been replaced (a form sent, a link followed): the element is stale — or, Chromium's
     * other way of saying so while the new page comes in, its node no longer belongs to the document.
     */
    public static ExpectedCondition<Boolean> gone(WebElement element) {
        return driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        };
    }
}
