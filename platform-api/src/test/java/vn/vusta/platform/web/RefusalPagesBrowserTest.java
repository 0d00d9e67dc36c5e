package vn.vusta.platform.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.vusta.platform.Api;
import vn.vusta.platform.Pages;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.LocalCredentials;
import vn.vusta.platform.deploy.test.Browser;
import vn.vusta.platform.deploy.test.KeycloakLogin;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages that refuse or find nothing still look like the platform's (styles, icon), offer no menu that leads back
 * to the refusal, and a missing page keeps the menu of a signed-in user (issue 17, point 9).
 */
@PlatformApiTest
class RefusalPagesBrowserTest {

    @ParameterizedTest
    @ValueSource(strings = {"ghost-editor", "no-org-editor"})
    void aRefusedUsersPageHasItsStylesAndIconAndNoMenuBackToTheRefusal(String username) throws Exception {
        ChromeDriver browser = Browser.start("vi-VN,vi");
        try {
            browser.get(Api.baseUrl() + "/");
            KeycloakLogin.signIn(browser, username, LocalCredentials.DEMO_PASSWORD);
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("denied-reason")));
            assertThat(browser.executeScript("return [...document.querySelectorAll('link[rel=stylesheet]')]"
                    + ".filter(l => !l.sheet).map(l => l.getAttribute('href'))"))
                    .as("stylesheets the refusal page could not load").isEqualTo(List.of());
            assertThat(browser.executeScript("return getComputedStyle(document.querySelector('.alert')).paddingTop"))
                    .isNotEqualTo("0px");
            assertThat(browser.findElements(By.cssSelector("#main-nav a"))).as("a menu leading back to the refusal").isEmpty();
            assertThat(browser.findElements(By.cssSelector("form[role=search]"))).isEmpty();
            assertThat(browser.findElements(By.id("logout"))).as("the way out stays").isNotEmpty();
            assertIconAnswers(browser);
        } finally {
            browser.quit();
        }
    }

    @Test
    void aMissingPageKeepsTheMenuAndTheIcon() throws Exception {
        try (Pages pages = Pages.inVietnamese().logIn("thanh-hoa-editor")) {
            pages.goTo("/workspace/nothing-here");
            assertThat(pages.browser().findElement(By.tagName("h1")).getText()).contains("404");
            assertThat(pages.browser().findElements(By.cssSelector("#main-nav a[href='/workspace/members']"))).hasSize(1);
            assertThat(pages.text("user-name")).isEqualTo("Hoàng Thị Hương");
            assertIconAnswers(pages.browser());
        }
    }

    /** The page names its icon, which answers to anyone (the browser asks without the session's pages' rules). */
    private static void assertIconAnswers(ChromeDriver browser) throws Exception {
        var icons = browser.findElements(By.cssSelector("link[rel=icon]"));
        assertThat(icons).as("the page's icon").isNotEmpty();
        try (HttpClient client = HttpClient.newHttpClient()) {
            for (String path : List.of(icons.getFirst().getDomAttribute("href"), "/favicon.ico")) {
                var answer = client.send(HttpRequest.newBuilder(URI.create(Api.baseUrl() + path)).build(),
                        HttpResponse.BodyHandlers.discarding());
                assertThat(answer.statusCode()).as(path).isEqualTo(200);
                assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("image/");
            }
        }
    }
}
