package vn.vusta.platform.files;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.vusta.platform.Api;
import vn.vusta.platform.Pages;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.test.KeycloakTokens;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file larger than the platform accepts is refused in the page as soon as it is chosen, in Vietnamese, and the
 * form is not sent with it (the server would refuse it only after all of it had travelled).
 */
@PlatformApiTest
class FileLimitBrowserTest {

    @Test
    void aFileTooLargeIsRefusedInThePageBeforeItIsSent() throws IOException {
        Path video = Files.createTempDirectory("vusta-limit-").resolve("phim-tu-lieu.mp4");
        try (var file = new RandomAccessFile(video.toFile(), "rw")) {
            file.setLength(20L * 1024 * 1024 + 1);
        }
        String title = "Hội nghị có phim tư liệu " + UUID.randomUUID().toString().substring(0, 6);
        try (Pages pages = Pages.inVietnamese().logIn("hung-yen-editor").goTo("/workspace/events/new")) {
            var browser = pages.browser();
            pages.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("title")));
            pages.type("title", title);
            browser.executeScript("document.getElementById('startsOn').value = '2032-05-01'");
            browser.findElement(By.id("files")).sendKeys(video.toString());

            assertThat((String) browser.executeScript("return document.getElementById('files').validationMessage"))
                    .isEqualTo("Tệp phim-tu-lieu.mp4 lớn hơn giới hạn 20 MB: hãy nén hoặc chia nhỏ trước khi tải lên.");
            assertThat(browser.findElement(By.id("files")).getAttribute("class")).contains("is-invalid");

            // A page that reloaded would lose this mark: the form stays where it is.
            browser.executeScript("window.stillHere = true");
            pages.press("save-event");
            assertThat((Boolean) browser.executeScript("return window.stillHere === true")).isTrue();
        } finally {
            Files.deleteIfExists(video);
        }
        var found = Api.get("/api/v1/events?q=" + URLEncoder.encode(title, StandardCharsets.UTF_8),
                KeycloakTokens.accessToken("hung-yen-viewer")).json();
        assertThat(found.path("totals").path("events").asInt()).as("no event sent with the file").isZero();
    }
}
