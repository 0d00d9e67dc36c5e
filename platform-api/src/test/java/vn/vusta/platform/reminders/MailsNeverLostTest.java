package vn.vusta.platform.reminders;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import tools.jackson.databind.JsonNode;
import vn.vusta.platform.Api;
import vn.vusta.platform.DemoTenants;
import vn.vusta.platform.Pages;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.TestMailServer;
import vn.vusta.platform.TestMailServer.Received;
import vn.vusta.platform.deploy.test.KeycloakTokens;
import vn.vusta.platform.deploy.test.TestMail;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18, point 7: a mail the mail server could not take is not lost. GreenMail is stopped, Hưng Yên sends its
 * first-quarter report of 2025 (no other test writes it) and the reviewers are told it arrived: the attempt fails and
 * the national union's mail log shows it not sent, with the server's answer; GreenMail is started again and the
 * outbox's next round sends it.
 */
@PlatformApiTest
class MailsNeverLostTest {

    private static final String REVIEWER = "reviewer@demo.vusta.local";
    private static final String SUBJECT = "Báo cáo quý I năm 2025 của Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hưng Yên";

    @Autowired
    FailedEventPublications failed;

    @Test
    void aMailTheServerRefusedIsSentOnTheOutboxsNextRound() {
        String reviewer = KeycloakTokens.accessToken("national-reviewer");
        Predicate<Received> aboutIt = m -> m.subject().startsWith(SUBJECT);
        TestMail.stop();
        try {
            sendHungYensFirstQuarter2025();
            JsonNode refused = await(() -> mail(reviewer, "FAILED"), "the failed attempt in the mail log");
            assertThat(refused.path("recipient").asString()).isEqualTo(REVIEWER);
            assertThat(refused.path("attempts").asInt()).isPositive();
            assertThat(refused.path("lastFailure").asString()).as("the server's answer").isNotBlank();
            assertThat(refused.path("sentAt").isNull()).isTrue();

            try (Pages pages = Pages.inVietnamese().logIn("national-reviewer")) {
                // On the reviewer's to-do list, whose link opens the log on the mails not sent.
                pages.goTo("/national/tenants");
                var todo = pages.browser().findElement(By.cssSelector(".todo-mails-failed a"));
                assertThat(todo.getText()).matches("\\d+ thư nhắc, thông báo chưa gửi được: .*");
                todo.click();
                assertThat(pages.browser().findElement(By.id("state-FAILED")).getDomAttribute("aria-current")).isEqualTo("page");
                String row = pages.text("mail-" + refused.path("id").asString());
                assertThat(row).contains("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hưng Yên", REVIEWER, SUBJECT,
                        "Gửi đến", "Chưa gửi được (");
            }
        } finally {
            TestMail.start();
        }
        assertThat(TestMailServer.receivedBy(REVIEWER)).noneMatch(aboutIt);

        // What OutboxRetries does every 30 s, here at once.
        failed.resubmit(ResubmissionOptions.defaults().withMinAge(Duration.ZERO));

        ReminderMailsTest.awaitMails(REVIEWER, aboutIt, 1);
        JsonNode sent = await(() -> mail(reviewer, "SENT"), "the mail marked sent in the log");
        assertThat(sent.path("attempts").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(sent.path("lastFailure").isNull()).isTrue();
        assertThat(mail(reviewer, "FAILED")).isNull();
        try (Pages pages = Pages.inVietnamese().logIn("national-reviewer")) {
            pages.goTo("/national/reports");
            pages.browser().findElement(By.id("mails-link")).click();
            pages.browser().findElement(By.id("state-SENT")).click();
            assertThat(pages.browser().findElements(By.cssSelector("#mails tbody tr")).stream().map(r -> r.getText())
                    .filter(r -> r.contains(SUBJECT)).findFirst().orElseThrow()).contains("Đã gửi lúc");
        }
    }

    private static void sendHungYensFirstQuarter2025() {
        String editor = KeycloakTokens.accessToken("hung-yen-editor");
        String admin = KeycloakTokens.accessToken("hung-yen-admin");
        String periodId = null;
        for (var p : Api.get("/api/v1/reports?year=2025", editor).json()) {
            if (p.path("period").path("kind").asString().equals("Q1")) {
                periodId = p.path("period").path("id").asString();
            }
        }
        var created = Api.call("POST", "/api/v1/reports", editor, "{\"periodId\": \"" + periodId + "\"}", "vi");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String report = "/api/v1/reports/" + created.json().path("id").asString();
        for (String section : List.of("ORGANISATION", "DIFFICULTIES", "NEXT_TASKS")) {
            Api.call("PUT", report + "/sections/" + section, editor, "{\"html\": \"<p>Nội dung</p>\"}", "vi");
        }
        Api.call("POST", report + "/submission", admin, null, "vi");
        Api.call("POST", report + "/approval", admin, "{\"meetingDate\": \"2025-03-28\", \"minutes\": \"Biên bản số 3\"}", "vi");
        var sent = Api.call("POST", report + "/sending", admin, null, "vi");
        assertThat(sent.json().path("status").asString()).as(sent.body()).isEqualTo("SENT");
    }

    /** The log's mail about Hưng Yên's report in the state, or null. */
    private static JsonNode mail(String reviewer, String state) {
        var found = Api.get("/api/v1/national/mails?state=" + state, reviewer);
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        for (JsonNode m : found.json()) {
            if (m.path("subject").asString().startsWith(SUBJECT) && m.path("tenantId").asString().equals(DemoTenants.HUNG_YEN.toString())) {
                return m;
            }
        }
        return null;
    }

    private static JsonNode await(java.util.function.Supplier<JsonNode> found, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        JsonNode node;
        while ((node = found.get()) == null) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within 20 s: " + what);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return node;
    }
}
