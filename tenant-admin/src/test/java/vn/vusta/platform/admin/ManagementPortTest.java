package vn.vusta.platform.admin;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.core.env.Environment;
import vn.vusta.platform.TenantAdminTest;
import vn.vusta.platform.deploy.test.KeycloakTokens;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * tenant-admin's Actuator answers on its management port (9081 in a real run) and not on the public one: the
 * probes' groups (liveness: the process; readiness: PostgreSQL and Redis) and the metrics for Prometheus, with the
 * route templates of its requests. Its responses carry the request id its log lines carry.
 */
@TenantAdminTest
class ManagementPortTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalManagementPort
    int managementPort;
    @Autowired
    Environment environment;

    @Test
    void probesAndMetricsAnswerOnTheManagementPortOnly() {
        assertThat(get(managementPort, "/actuator/health/liveness", null).body()).contains("\"status\":\"UP\"");
        var readiness = get(managementPort, "/actuator/health/readiness", null);
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"db\"", "\"redis\"", "\"readinessState\"").doesNotContain("\"mail\"");

        var tenants = get(Integer.parseInt(environment.getProperty("local.server.port")), "/api/v1/tenants",
                KeycloakTokens.accessToken("platform-admin"));
        assertThat(tenants.statusCode()).isEqualTo(200);
        assertThat(tenants.headers().firstValue("X-Request-Id")).get().asString().matches("[0-9a-f-]{36}");

        var prometheus = get(managementPort, "/actuator/prometheus", null);
        assertThat(prometheus.statusCode()).isEqualTo(200);
        assertThat(prometheus.body()).contains("uri=\"/api/v1/tenants\"", "application=\"tenant-admin\"",
                "hikaricp_connections_active", "jvm_memory_used_bytes");

        int publicPort = Integer.parseInt(environment.getProperty("local.server.port"));
        for (String path : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/prometheus")) {
            var answer = get(publicPort, path, null);
            assertThat(answer.statusCode()).as(path + " on the public port").isNotEqualTo(200);
            assertThat(answer.body()).as(path + " on the public port").doesNotContain("\"UP\"", "jvm_memory");
        }
    }

    private static HttpResponse<String> get(int port, String path, String token) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
