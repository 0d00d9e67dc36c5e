package vn.vusta.platform.observability;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.vusta.platform.Api;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.test.KeycloakTokens;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operators' Grafana dashboard (deploy/grafana/vusta-platform.json) draws only what exists: every metric its
 * queries name is in the Prometheus endpoint's output once the application has done what the panels count.
 */
@PlatformApiTest
class GrafanaDashboardTest {

    static final Path DASHBOARD = Path.of("..", "deploy", "grafana", "vusta-platform.json");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "by", "without", "on",
            "ignoring", "group_left", "group_right", "inf", "nan");

    @LocalManagementPort
    int managementPort;

    @Test
    void everyMetricTheDashboardQueriesIsExposed() throws IOException {
        JsonNode dashboard = JSON.readTree(Files.readString(DASHBOARD));
        Set<String> names = new TreeSet<>();
        dashboard.path("panels").forEach(panel -> panel.path("targets")
                .forEach(target -> names.addAll(metricNames(target.path("expr").asString()))));
        dashboard.path("templating").path("list").forEach(variable -> {
            Matcher labelValues = Pattern.compile("label_values\\(\\s*([a-zA-Z_:][a-zA-Z0-9_:]*)")
                    .matcher(variable.path("definition").asString());
            if (labelValues.find()) {
                names.add(labelValues.group(1));
            }
        });
        assertThat(names).as("the names read from the dashboard").contains("http_server_requests_seconds_bucket",
                "vusta_reports_submitted_total", "vusta_keycloak_admin_calls_seconds_count", "hikaricp_connections_pending");

        exerciseWhatThePanelsCount();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        List<String> missing;
        String scraped;
        do {
            String now = Management.get(managementPort, "/actuator/prometheus").body();
            scraped = now;
            missing = names.stream().filter(name -> !Metrics.has(now, name)).toList();
        } while (!missing.isEmpty() && Instant.now().isBefore(deadline) && pause());
        // For sizing Prometheus: what one instance's scrape holds after these requests.
        System.out.printf("Prometheus scrape of platform-api: %d samples, %d bytes%n",
                scraped.lines().filter(line -> !line.startsWith("#")).count(), scraped.length());
        assertThat(missing).as("metrics the dashboard names that /actuator/prometheus does not have; it has %s",
                scraped.lines().filter(line -> line.startsWith("# TYPE")).toList()).isEmpty();
    }

    /** The metric names of a PromQL expression: neither functions, keywords, labels, ranges nor strings. */
    static Set<String> metricNames(String expression) {
        String bare = expression.replaceAll("\"[^\"]*\"", " ")
                .replaceAll("\\{[^}]*}", " ")
                .replaceAll("\\[[^]]*]", " ")
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ");
        Set<String> names = new TreeSet<>();
        Matcher matcher = NAME.matcher(bare);
        while (matcher.find()) {
            String token = matcher.group();
            boolean function = bare.substring(matcher.end()).stripLeading().startsWith("(");
            if (!function && !KEYWORDS.contains(token)) {
                names.add(token);
            }
        }
        return names;
    }

    @Test
    void namesAreReadFromPromQl() {
        assertThat(metricNames("histogram_quantile(0.95, sum by (le, uri) (rate(http_server_requests_seconds_bucket{application=~\"$application\"}[$__rate_interval])))"))
                .containsExactly("http_server_requests_seconds_bucket");
        assertThat(metricNames("sum(rate(cache_gets_total{result=\"hit\"}[5m])) / sum(rate(cache_gets_total[5m])) and on (x) up"))
                .containsExactly("cache_gets_total", "up");
    }

    private static void exerciseWhatThePanelsCount() {
        Exercise.sendAReport();
        Exercise.importMembers(false);
        Exercise.importMembers(true);
        String member = Exercise.createMember("Tạ Văn Bảng " + UUID.randomUUID().toString().substring(0, 4),
                "bang." + UUID.randomUUID().toString().substring(0, 6) + "@example.vn", "0913 000 111");
        String admin = KeycloakTokens.accessToken("hai-phong-admin");
        assertThat(Api.get("/api/v1/users", admin).status()).isEqualTo(200);
        assertThat(Api.get("/api/v1/members/" + member, admin).status()).isEqualTo(200);
        // A 5xx is not needed for the 5xx panel: it filters the request counter by status.
        assertThat(Api.get("/api/v1/dashboard?year=2021", admin).status()).isEqualTo(200);
        assertThat(Api.get("/api/v1/dashboard?year=2021", admin).status()).isEqualTo(200);
    }

    private static boolean pause() {
        try {
            Thread.sleep(500);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
