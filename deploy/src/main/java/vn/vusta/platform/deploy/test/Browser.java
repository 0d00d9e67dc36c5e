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

    /** The two screens the pages are made for: a laptop's and a phone's (an iPhone 12–15's 390×844 CSS pixels). */
    public enum Screen {
        LAPTOP(1366, 768, false), PHONE(390, 844, true);

        public final int width;
        public final int height;
        final boolean mobile;

        Screen(int width, int height, boolean mobile) {
            this.width = width;
            this.height = height;
            this.mobile = mobile;
        }
    }

    /**
     * Shows the pages on that screen from now on: the viewport is exactly its size (Chromium's device emulation, not
     * the window, whose size headless Chromium does not map to the viewport exactly), and a phone also honours the
     * pages' viewport meta as a phone's browser does. Takes effect on the current page at once.
     */
    public static void show(ChromeDriver browser, Screen screen) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of(
                "width", screen.width, "height", screen.height, "deviceScaleFactor", 1, "mobile", screen.mobile));
        browser.executeCdpCommand("Emulation.setTouchEmulationEnabled", java.util.Map.of("enabled", screen.mobile));
    }

    /** Starts a browser already showing the pages on that screen. */
    public static ChromeDriver start(String language, Screen screen) {
        ChromeDriver browser = start(language);
        show(browser, screen);
        return browser;
    }

    /**
     * Whether the page scrolls sideways on that screen: wider than the screen, as a user would have to pan to read it.
     * The screen's width, not {@code window.innerWidth}: a phone's browser widens its layout viewport to what overflows.
     */
    public static boolean scrollsSideways(ChromeDriver browser, Screen screen) {
        return (Boolean) browser.executeScript("return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth,"
                + " window.innerWidth) > arguments[0]", screen.width);
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
