package vn.vusta.platform.observability;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.vusta.platform.Api;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.test.KeycloakTokens;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator watches (README → Watch it): Actuator on the management port only, the meters the Grafana
 * dashboard draws, and logs whose every line of a request names the request, the tenant, the user's id and the
 * trace, and never the personal data the request carried.
 */
@PlatformApiTest
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern UUID_IN_PATH = Pattern.compile("uri=\"[^\"]*[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @LocalManagementPort
    int managementPort;
    @Autowired
    ApplicationContext context;
    @Autowired
    Environment environment;

    @Test
    void probesAndMetricsAnswerOnTheManagementPortAndNotOnThePublicOne() {
        var liveness = Management.get(managementPort, "/actuator/health/liveness");
        assertThat(liveness.status()).isEqualTo(200);
        assertThat(JSON.readTree(liveness.body()).path("status").asString()).isEqualTo("UP");
        var readiness = Management.get(managementPort, "/actuator/health/readiness");
        assertThat(readiness.status()).isEqualTo(200);
        JsonNode components = JSON.readTree(readiness.body()).path("components");
        assertThat(components.propertyNames()).containsExactlyInAnyOrder("db", "readinessState", "redis");
        var prometheus = Management.get(managementPort, "/actuator/prometheus");
        assertThat(prometheus.status()).isEqualTo(200);
        assertThat(prometheus.body()).contains("jvm_memory_used_bytes", "hikaricp_connections_active");

        int publicPort = Integer.parseInt(environment.getProperty("local.server.port"));
        assertThat(publicPort).isNotEqualTo(managementPort);
        for (String path : List.of("/actuator/health", "/actuator/health/readiness", "/actuator/prometheus", "/actuator")) {
            var answer = Management.get(publicPort, path);
            assertThat(answer.status()).as(path + " on the public port").isNotEqualTo(200);
            assertThat(answer.body()).as(path + " on the public port").doesNotContain("\"UP\"", "jvm_memory");
        }
    }

    @Test
    void prometheusCountsWhatHappensAndNamesRoutesByTheirTemplates() {
        double sentBefore = Metrics.value(scrape(), "vusta_reports_submitted_total");
        Exercise.sendAReport();
        assertThat(Metrics.value(scrape(), "vusta_reports_submitted_total")).isEqualTo(sentBefore + 1);

        String admin = KeycloakTokens.accessToken("hai-phong-admin");
        double listedBefore = Metrics.value(scrape(), "vusta_keycloak_admin_calls_seconds_count",
                "operation=\"membersWithRoles\"", "outcome=\"success\"");
        assertThat(Api.get("/api/v1/users", admin).status()).isEqualTo(200);
        assertThat(Metrics.value(scrape(), "vusta_keycloak_admin_calls_seconds_count",
                "operation=\"membersWithRoles\"", "outcome=\"success\"")).isEqualTo(listedBefore + 1);

        double failedBefore = Metrics.value(scrape(), "vusta_imports_total", "kind=\"MEMBERS\"", "outcome=\"failed\"");
        double confirmedBefore = Metrics.value(scrape(), "vusta_imports_total", "kind=\"MEMBERS\"", "outcome=\"confirmed\"");
        Exercise.importMembers(false);
        Exercise.importMembers(true);
        assertThat(Metrics.value(scrape(), "vusta_imports_total", "kind=\"MEMBERS\"", "outcome=\"failed\"")).isEqualTo(failedBefore + 1);
        assertThat(Metrics.value(scrape(), "vusta_imports_total", "kind=\"MEMBERS\"", "outcome=\"confirmed\"")).isEqualTo(confirmedBefore + 1);

        String member = Exercise.createMember("Đỗ Thị Mận " + UUID.randomUUID().toString().substring(0, 4), "man.do@example.vn", "0912 345 678");
        assertThat(Api.get("/api/v1/members/" + member, admin).status()).isEqualTo(200);
        String scraped = scrape();
        assertThat(scraped).contains("uri=\"/api/v1/members/{id}\"");
        assertThat(UUID_IN_PATH.matcher(scraped).find()).as("a raw path with an id as a route").isFalse();
        // The report's arrival was mailed to the national reviewers through the metered mail sender.
        assertThat(Metrics.value(scraped, "vusta_mails_total", "outcome=\"sent\"")).isPositive();
        assertThat(scraped).contains("http_server_requests_seconds_bucket{", "le=\"0.25\"");
    }

    @Test
    void everyLineOfARequestNamesItsRequestTenantUserAndTraceAndNoPersonalData(CapturedOutput console) {
        String name = "Phùng Thị Riêng " + UUID.randomUUID().toString().substring(0, 4);
        String email = "rieng." + UUID.randomUUID().toString().substring(0, 6) + "@example.vn";
        String phone = "0987 654 " + (100 + (int) (Math.random() * 800));
        String invited = "moi." + UUID.randomUUID().toString().substring(0, 6) + "@haiphong.example.vn";
        var lines = new ArrayList<JsonNode>();
        String requestId = "test-" + UUID.randomUUID();
        try (var json = JsonLines.capture()) {
            LoggingSystem.get(getClass().getClassLoader()).setLogLevel("vn.vusta.platform", LogLevel.DEBUG);
            try {
                var created = call("POST", "/api/v1/members", KeycloakTokens.accessToken("hai-phong-editor"), requestId, """
                        {"fullName": "%s", "email": "%s", "phone": "%s", "unitIds": [], "fieldCodes": []}""".formatted(name, email, phone));
                assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
                assertThat(created.headers().firstValue("X-Request-Id")).contains(requestId);
                var invitation = call("POST", "/api/v1/users", KeycloakTokens.accessToken("hai-phong-admin"), "bad id with spaces", """
                        {"email": "%s", "firstName": "Mời", "lastName": "Nguyễn Văn", "role": "tenant-viewer"}""".formatted(invited));
                assertThat(invitation.statusCode()).as(invitation.body()).isEqualTo(201);
                // An id that could forge a log line is replaced by one of ours.
                assertThat(invitation.headers().firstValue("X-Request-Id")).get().asString()
                        .doesNotContain(" ").matches("[0-9a-f-]{36}");
                Exercise.importMembers(true);
            } finally {
                LoggingSystem.get(getClass().getClassLoader()).setLogLevel("vn.vusta.platform", null);
            }
            // GreenMail, the test's stand-in for the SMTP server, runs in this JVM and logs the addresses it receives.
            json.lines().stream().filter(line -> !line.path("log").path("logger").asString().startsWith("com.icegreen"))
                    .forEach(lines::add);
        }
        List<JsonNode> ofTheMember = lines.stream().filter(l -> requestId.equals(l.path("requestId").asString())).toList();
        assertThat(ofTheMember).as("the lines of the member's request").isNotEmpty()
                .allSatisfy(line -> assertThat(line.path("traceId").asString()).matches("[0-9a-f]{32}"));
        // From authentication on (the lines before it look the user's union up), each line names tenant and user.
        var authenticated = ofTheMember.stream().dropWhile(line -> line.path("userId").isMissingNode()).toList();
        assertThat(authenticated).as("the lines after authentication").hasSizeGreaterThan(1).allSatisfy(line -> {
            assertThat(line.path("tenant").asString()).isEqualTo("hai-phong");
            assertThat(line.path("userId").asString()).matches("[0-9a-f-]{36}");
        });
        assertThat(authenticated.getLast().path("message").asString()).matches("POST /api/v1/members 201 \\d+ ms");
        String everything = console.getAll().lines().filter(line -> !line.contains("c.icegreen.greenmail"))
                .collect(java.util.stream.Collectors.joining("\n")) + lines;
        for (String personal : List.of(name, email, phone, invited, "Nguyễn Văn", "hai-phong-editor", "hai-phong-admin")) {
            assertThat(everything).as("the logs").doesNotContain(personal);
        }
    }

    @Test
    void nothingIsExportedWithoutAnEndpoint(CapturedOutput console) throws ClassNotFoundException {
        assertThat(environment.containsProperty("management.opentelemetry.tracing.export.otlp.endpoint")).isFalse();
        assertThat(context.getBeanNamesForType(io.opentelemetry.sdk.trace.export.SpanExporter.class)).isEmpty();
        // Micrometer's OTLP registry comes with the OpenTelemetry starter: Prometheus scrapes, nothing is pushed.
        assertThat(context.getBeanNamesForType(Class.forName("io.micrometer.registry.otlp.OtlpMeterRegistry"))).isEmpty();
        assertThat(Api.get("/api/v1/me", KeycloakTokens.accessToken("hai-phong-viewer")).status()).isEqualTo(200);
        assertThat(console.getAll()).doesNotContainIgnoringCase("failed to export").doesNotContain("localhost:4318");
    }

    private String scrape() {
        var answer = Management.get(managementPort, "/actuator/prometheus");
        assertThat(answer.status()).isEqualTo(200);
        return answer.body();
    }

    private static HttpResponse<String> call(String method, String path, String token, String requestId, String json) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Api.baseUrl() + path))
                    .method(method, HttpRequest.BodyPublishers.ofString(json))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .header("Accept-Language", "vi").header("X-Request-Id", requestId).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The production encoder (Elastic Common Schema JSON) on the root logger while a test runs. */
    static final class JsonLines implements AutoCloseable {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
        private final Logger root;

        private JsonLines() {
            var logging = (LoggerContext) LoggerFactory.getILoggerFactory();
            var encoder = new StructuredLogEncoder();
            encoder.setContext(logging);
            encoder.setFormat("ecs");
            encoder.start();
            appender.setContext(logging);
            appender.setEncoder(encoder);
            appender.setOutputStream(out);
            appender.start();
            root = logging.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
            root.addAppender(appender);
        }

        static JsonLines capture() {
            return new JsonLines();
        }

        List<JsonNode> lines() {
            return out.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).map(JSON::readTree).toList();
        }

        @Override
        public void close() {
            root.detachAppender(appender);
            appender.stop();
        }
    }
}
