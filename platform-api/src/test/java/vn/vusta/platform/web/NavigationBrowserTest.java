package vn.vusta.platform.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import vn.vusta.platform.Api;
import vn.vusta.platform.Pages;
import vn.vusta.platform.PlatformApiTest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The menu offers each role only what it may open: every item answers the page, never the refusal; and the header
 * names the user's roles in words.
 */
@PlatformApiTest
class NavigationBrowserTest {

    @ParameterizedTest
    @ValueSource(strings = {"thanh-hoa-admin", "thanh-hoa-editor", "thanh-hoa-viewer", "thanh-hoa-approver", "national-reviewer",
            "platform-admin"})
    void everyItemOfTheMenuOpensAPageTheUserMaySee(String username) throws Exception {
        try (Pages pages = Pages.inVietnamese().logIn(username)) {
            List<String> items = pages.browser().findElements(By.cssSelector("#main-nav a.nav-link")).stream()
                    .map(link -> link.getDomAttribute("href")).toList();
            assertThat(items).as("the menu of " + username).isNotEmpty();
            assertThat(pages.browser().findElement(By.tagName("body")).getText())
                    .as("the landing page of %s names every role and item in words", username).doesNotContain("??");
            String session = pages.browser().manage().getCookieNamed("VUSTA_SESSION").getValue();
            Map<String, Integer> answers = new LinkedHashMap<>();
            try (HttpClient client = HttpClient.newHttpClient()) {
                for (String item : items) {
                    answers.put(item, answer(client, item, session));
                }
            }
            assertThat(answers).as("what each item of %s's menu answers", username).allSatisfy((item, status) ->
                    assertThat(status).as(item).isEqualTo(200));
        }
    }

    /** The status of the page an item leads to, following the platform's own redirects (the API's page moved). */
    private static int answer(HttpClient client, String path, String session) throws Exception {
        for (int hops = 0; ; hops++) {
            var response = client.send(HttpRequest.newBuilder(URI.create(Api.baseUrl() + path))
                    .header("Cookie", "VUSTA_SESSION=" + session).build(), HttpResponse.BodyHandlers.discarding());
            String next = response.headers().firstValue("Location").orElse("").replace(Api.baseUrl(), "");
            if (response.statusCode() != 302 || hops == 3 || !next.startsWith("/") || next.startsWith("/oauth2")) {
                return response.statusCode();
            }
            path = next;
        }
    }
}
