package vn.vusta.platform.instances;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.vusta.platform.Api;
import vn.vusta.platform.Pages;
import vn.vusta.platform.PlatformApiApplication;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.calendar.VietnamTime;
import vn.vusta.platform.deploy.test.KeycloakTokens;
import vn.vusta.platform.deploy.test.TestMail;
import vn.vusta.platform.tenancy.Tenant;
import vn.vusta.platform.tenancy.TenantTransactions;
import vn.vusta.platform.tenancy.Tenants;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vusta.platform.db.jooq.Tables.REGISTRY_IMPORT;
import static vn.vusta.platform.db.jooq.Tables.SHEDLOCK;

/**
 * Two platform-api instances on one PostgreSQL and one Redis, as behind one address: A is the tests' shared
 * application, B a second one started here on another port. A scheduled job runs once per schedule across them (one
 * reminder per recipient, one purge), a write on A shows on B's dashboard, a user signed in on A goes on on B, and an
 * instance stopped while requests are in flight loses none it acknowledged.
 */
@PlatformApiTest
class ManyInstancesTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static ConfigurableApplicationContext b;

    @Autowired
    ConfigurableApplicationContext a;
    @Autowired
    DSLContext db;
    @Autowired
    TenantTransactions transactions;
    @Autowired
    Tenants tenants;

    @BeforeAll
    static void startB() {
        b = another();
    }

    @AfterAll
    static void stopB() {
        if (b != null) {
            b.close();
        }
    }

    /** Another instance of platform-api: same database, Redis, Keycloak and mail server, its own random port. */
    private static ConfigurableApplicationContext another() {
        // As arguments: they outrank application.yml (server.port 8080).
        return new SpringApplicationBuilder(PlatformApiApplication.class)
                .run("--server.port=0", "--management.server.port=0",
                        // Its scheduler stays quiet here: the tests fire its jobs themselves.
                        "--vusta.reminders.schedule=-", "--vusta.spreadsheets.purge-schedule=-");
    }

    private static String baseUrl(ConfigurableApplicationContext instance) {
        return "http://127.0.0.1:" + instance.getEnvironment().getProperty("local.server.port");
    }

    @Test
    void oneReminderRunOnBothInstancesSendsOneMailPerRecipient() throws Exception {
        String reviewer = KeycloakTokens.accessToken("national-reviewer");
        LocalDate deadline = VietnamTime.today().plusDays(3);
        String kind = addPeriod(reviewer, deadline);
        // The hourly run (minute 5) of any instance holds the lock for 5 minutes and would make both skip: the
        // schedule starts here. (The full run failed this way at 04:08.)
        db.update(SHEDLOCK).set(SHEDLOCK.LOCK_UNTIL, OffsetDateTime.now()).where(SHEDLOCK.NAME.eq("deadline-reminders")).execute();
        try {
            // Both instances' schedules fire at the same minute.
            var onA = CompletableFuture.runAsync(() -> runScheduled(a, "vn.vusta.platform.reminders.DeadlineReminders", "remindEverywhere"));
            var onB = CompletableFuture.runAsync(() -> runScheduled(b, "vn.vusta.platform.reminders.DeadlineReminders", "remindEverywhere"));
            CompletableFuture.allOf(onA, onB).get(60, TimeUnit.SECONDS);

            String due = "hạn " + deadline.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " (còn 3 ngày)";
            List<String> admins = List.of("admin@thanh-hoa.demo.vusta.local", "admin@hung-yen.demo.vusta.local",
                    "admin@hai-phong.demo.vusta.local");
            for (String admin : admins) {
                awaitMail(admin, m -> m.subject().contains(due));
            }
            Thread.sleep(2_000);
            for (String admin : admins) {
                assertThat(TestMail.receivedBy(admin).stream().filter(m -> m.subject().contains(due)))
                        .as("the reminders to " + admin).hasSize(1);
            }
        } finally {
            // Removed after its reminders went out: no longer a 500 (its reminder rows go with it).
            var removed = Api.call("DELETE", "/api/v1/national/calendar/" + deadline.getYear() + "/periods/" + kind, reviewer, null, null);
            assertThat(removed.status()).as(removed.body()).isEqualTo(204);
        }
    }

    @Test
    void thePurgeOfExpiredUploadsRunsOnOneInstancePerSchedule() {
        Tenant hungYen = tenants.findByCode("hung-yen").orElseThrow();
        // A lock left by an earlier hourly run would make A skip: the schedule starts here.
        db.update(SHEDLOCK).set(SHEDLOCK.LOCK_UNTIL, OffsetDateTime.now()).where(SHEDLOCK.NAME.eq("expired-uploads")).execute();

        UUID first = expiredUpload(hungYen);
        runScheduled(a, "vn.vusta.platform.spreadsheets.ExpiredUploads", "purge");
        assertThat(exists(hungYen, first)).as("purged by A").isFalse();

        UUID second = expiredUpload(hungYen);
        runScheduled(b, "vn.vusta.platform.spreadsheets.ExpiredUploads", "purge");
        assertThat(exists(hungYen, second)).as("B's run of the same schedule is skipped").isTrue();
        transactions.inTenant(hungYen, () -> db.deleteFrom(REGISTRY_IMPORT).where(REGISTRY_IMPORT.ID.eq(second)).execute());
    }

    @Test
    void aWriteOnAShowsOnTheDashboardOfB() throws Exception {
        String editor = KeycloakTokens.accessToken("hung-yen-editor");
        String onB = baseUrl(b) + "/api/v1/dashboard?year=2019";
        // Cached on B (and in Redis) before the write.
        int before = get(onB, editor).path("figures").path("events").asInt();
        assertThat(get(onB, editor).path("figures").path("events").asInt()).isEqualTo(before);

        var created = Api.call("POST", "/api/v1/events", editor, """
                {"kind": "TRAINING", "title": "Tập huấn hai máy chủ", "startsOn": "2019-06-11", "participantCount": 40}""", null);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        try {
            awaitJson(onB, editor, d -> d.path("figures").path("events").asInt() == before + 1);
        } finally {
            Api.call("DELETE", "/api/v1/events/" + created.json().path("id").asString(), editor, null, null);
        }
        awaitJson(onB, editor, d -> d.path("figures").path("events").asInt() == before);
    }

    @Test
    void aUserSignedInOnAGoesOnOnB() {
        try (Pages pages = Pages.inVietnamese().logIn("hung-yen-viewer")) {
            // The session is in Redis: B knows the cookie A set (cookies are per host, not per port).
            pages.browser().get(baseUrl(b) + "/");
            pages.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("main-nav")));
            assertThat(pages.browser().getCurrentUrl()).startsWith(baseUrl(b));
            assertThat(pages.browser().findElement(By.id("main-nav")).getText()).isNotBlank();
        }
    }

    /**
     * An instance stopped while writes are in flight: every write it acknowledged (201) is there, read on A, once;
     * what it did not acknowledge may be retried by the client without a duplicate of an acknowledged one.
     */
    @Test
    void anInstanceStoppedMidRequestLosesNothingAcknowledged() throws Exception {
        String editor = KeycloakTokens.accessToken("hung-yen-editor");
        ConfigurableApplicationContext c = another();
        String onC = baseUrl(c);
        String batch = UUID.randomUUID().toString().substring(0, 8);
        var requests = new ArrayList<CompletableFuture<HttpResponse<String>>>();
        for (int i = 0; i < 16; i++) {
            String json = """
                    {"kind": "TRAINING", "title": "Tập huấn %s số %d", "startsOn": "2017-03-%02d", "participantCount": 10}"""
                    .formatted(batch, i, i + 1);
            requests.add(HTTP.sendAsync(HttpRequest.newBuilder(URI.create(onC + "/api/v1/events"))
                    .header("Authorization", "Bearer " + editor).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        // Stopped as soon as the first write is acknowledged, the others in flight or queued.
        CompletableFuture.anyOf(requests.toArray(CompletableFuture[]::new)).exceptionally(e -> null).get(60, TimeUnit.SECONDS);
        c.close();

        var acknowledged = new ArrayList<String>();
        for (var request : requests) {
            try {
                HttpResponse<String> response = request.get(30, TimeUnit.SECONDS);
                if (response.statusCode() == 201) {
                    acknowledged.add(JSON.readTree(response.body()).path("id").asString());
                }
            } catch (Exception refused) {
                // Not acknowledged: the client would retry it.
            }
        }
        assertThat(acknowledged).as("writes acknowledged before the stop").isNotEmpty();
        try {
            for (String id : acknowledged) {
                var read = Api.get("/api/v1/events/" + id, editor);
                assertThat(read.status()).as("acknowledged event " + id + " read on A").isEqualTo(200);
            }
        } finally {
            for (String id : acknowledged) {
                Api.call("DELETE", "/api/v1/events/" + id, editor, null, null);
            }
        }
    }

    /**
     * An instance that dies between a write's commit and its side effect: the write is acknowledged, the dashboards'
     * increment never ran there. Its publication stays in the registry, and another instance does it: A's staleness
     * monitor marks it failed and A's retries resubmit it (on their schedules, 1 min and 30 s; here at once), and A's
     * dashboard then shows the write.
     */
    @Test
    void aSideEffectLeftByADeadInstanceIsDoneByAnother() throws Exception {
        String editor = KeycloakTokens.accessToken("hung-yen-editor");
        String onA = Api.baseUrl() + "/api/v1/dashboard?year=2016";
        int before = get(onA, editor).path("figures").path("events").asInt();

        ConfigurableApplicationContext c = another();
        // C's task executor busy to the last thread: its after-commit work waits in the queue, as in a crash's instant.
        ThreadPoolTaskExecutor executor = c.getBean("applicationTaskExecutor", ThreadPoolTaskExecutor.class);
        var blocked = new CountDownLatch(1);
        for (int i = 0; i < executor.getCorePoolSize(); i++) {
            executor.execute(() -> {
                try {
                    blocked.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        String created;
        try {
            var response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl(c) + "/api/v1/events"))
                    .header("Authorization", "Bearer " + editor).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"kind": "TRAINING", "title": "Tập huấn trước sự cố", "startsOn": "2016-08-02", "participantCount": 25}"""))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            created = JSON.readTree(response.body()).path("id").asString();
        } finally {
            // The instance dies: its queued work is dropped, never run.
            executor.getThreadPoolExecutor().shutdownNow();
            c.close();
        }
        try {
            assertThat(get(onA, editor).path("figures").path("events").asInt())
                    .as("A's cached dashboard, the increment lost with C").isEqualTo(before);

            a.getBean(EventPublicationRegistry.class).markStalePublicationsFailed(status -> Duration.ZERO);
            a.getBean(FailedEventPublications.class).resubmit(ResubmissionOptions.defaults().withMinAge(Duration.ZERO));

            awaitJson(onA, editor, d -> d.path("figures").path("events").asInt() == before + 1);
        } finally {
            Api.call("DELETE", "/api/v1/events/" + created, editor, null, null);
        }
    }

    /** Adds a period of this year with this deadline, of the first kind the year does not have yet; its kind. */
    private static String addPeriod(String reviewer, LocalDate deadline) {
        for (String kind : List.of("Q4", "YEAR", "M10", "M9", "Q3", "H1", "Q2", "Q1")) {
            var added = Api.call("POST", "/api/v1/national/calendar/" + deadline.getYear() + "/periods", reviewer,
                    "{\"kind\": \"" + kind + "\", \"deadline\": \"" + deadline + "\"}", null);
            if (added.status() == 201) {
                return kind;
            }
        }
        throw new AssertionError("No period could be added with the deadline " + deadline);
    }

    /** Fires a scheduled job's method on an instance, as its scheduler does: through the bean, so through its lock. */
    private static void runScheduled(ConfigurableApplicationContext instance, String type, String method) {
        try {
            Class<?> job = Class.forName(type);
            Method scheduled = job.getDeclaredMethod(method);
            scheduled.setAccessible(true);
            scheduled.invoke(instance.getBean(job));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private UUID expiredUpload(Tenant tenant) {
        byte[] content = "Họ và tên\nNguyễn Văn B\n".getBytes(StandardCharsets.UTF_8);
        return transactions.inTenant(tenant, () -> db.insertInto(REGISTRY_IMPORT)
                .set(REGISTRY_IMPORT.TENANT_ID, tenant.id())
                .set(REGISTRY_IMPORT.KIND, "MEMBERS")
                .set(REGISTRY_IMPORT.FILE_NAME, "hoi-vien.csv")
                .set(REGISTRY_IMPORT.FILE_SHA256, "0".repeat(64))
                .set(REGISTRY_IMPORT.CONTENT, content)
                .set(REGISTRY_IMPORT.UPLOADED_BY, "hung-yen-editor")
                .set(REGISTRY_IMPORT.UPLOADED_AT, OffsetDateTime.now().minusDays(2))
                .returning(REGISTRY_IMPORT.ID).fetchSingle().getId());
    }

    private boolean exists(Tenant tenant, UUID id) {
        return transactions.inTenant(tenant, () -> db.fetchExists(REGISTRY_IMPORT, REGISTRY_IMPORT.ID.eq(id)));
    }

    private static JsonNode get(String url, String token) {
        try {
            var response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Polls until the JSON shows what is expected: the increment is done after the commit, within seconds. */
    private static void awaitJson(String url, String token, Predicate<JsonNode> expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        JsonNode read;
        do {
            read = get(url, token);
            if (expected.test(read)) {
                return;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("Not shown within 5 s: " + read.path("figures"));
    }

    private static void awaitMail(String address, Predicate<TestMail.Received> matching) {
        TestMail.awaitMail(address, matching, Duration.ofSeconds(20));
    }
}
