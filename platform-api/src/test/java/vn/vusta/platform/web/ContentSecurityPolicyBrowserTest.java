package vn.vusta.platform.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.vusta.platform.Pages;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.test.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Content-Security-Policy as a browser applies it: a script written into a page (what a stored XSS would be)
 * does not run, and the console says so. The console check every browser test makes when it closes
 * ({@link Pages#close()}) relies on that message.
 */
@PlatformApiTest
class ContentSecurityPolicyBrowserTest {

    @Test
    void anInjectedInlineScriptDoesNotRunAndTheRefusalIsSeen() {
        try (Pages pages = Pages.inVietnamese().logIn("thanh-hoa-editor").goTo("/workspace/members")) {
            pages.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("member-filters")));
            assertThat(Browser.cspViolations(pages.browser())).as("the page itself breaks nothing").isEmpty();

            pages.browser().executeScript("""
                    const script = document.createElement('script');
                    script.textContent = 'window.injected = true';
                    document.body.appendChild(script);
                    const image = document.createElement('div');
                    image.innerHTML = '<img src="/no-such-image.png" onerror="window.handler = true">';
                    document.body.appendChild(image);""");

            pages.waiting().until(d -> !Browser.cspViolations(pages.browser()).isEmpty());
            assertThat(pages.browser().executeScript("return window.injected === true || window.handler === true")).isEqualTo(false);
        }
    }
}
