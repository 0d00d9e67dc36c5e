package vn.vusta.platform.deploy.test;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The probes the Kubernetes manifests give an application (deploy/kubernetes/base/<application>/deployment.yaml) are
 * endpoints the running application answers: each probe's port, by its name in the manifest, is the port of the
 * application the same number is configured for (application.yml: server.port, management.server.port), and the
 * path answers 200 "UP" there, on the real PostgreSQL and Redis — and not on the public port. Each application's
 * KubernetesProbesTest gives its running ports; it runs in the application's module folder.
 */
public abstract class KubernetesProbeChecks {

    private static final Path CONFIGURATION = Path.of("src/main/resources/application.yml");

    private final Path manifest;

    protected KubernetesProbeChecks(String application) {
        this.manifest = Path.of("../deploy/kubernetes/base/" + application + "/deployment.yaml");
    }

    protected abstract int serverPort();

    protected abstract int managementPort();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    @SuppressWarnings("unchecked")
    protected void everyProbeOfTheManifestAnswersUpOnThePortItNames() throws Exception {
        Map<String, Object> deployment = new Yaml().load(Files.readString(manifest));
        Map<String, Object> container = ((List<Map<String, Object>>) at(deployment, "spec", "template", "spec", "containers")).getFirst();
        Map<String, Integer> portsByName = new java.util.HashMap<>();
        for (Map<String, Object> port : (List<Map<String, Object>>) container.get("ports")) {
            portsByName.put((String) port.get("name"), (Integer) port.get("containerPort"));
        }
        Map<String, Object> configuration = new Yaml().load(Files.readString(CONFIGURATION));
        int configuredServer = (Integer) at(configuration, "server", "port");
        int configuredManagement = (Integer) at(configuration, "management", "server", "port");
        assertThat(portsByName).containsEntry("http", configuredServer).containsEntry("management", configuredManagement);

        var probed = new java.util.ArrayList<String>();
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            Map<String, Object> httpGet = (Map<String, Object>) at(container, probe, "httpGet");
            String path = (String) httpGet.get("path");
            Object port = httpGet.get("port");
            int number = port instanceof String name ? portsByName.get(name) : (Integer) port;
            assertThat(number).as(probe + " is on the management port, not the public one").isEqualTo(configuredManagement);

            HttpResponse<String> answer = get(managementPort(), path);
            assertThat(answer.statusCode()).as(probe + " " + path).isEqualTo(200);
            assertThat(answer.body()).as(probe + " " + path).contains("\"status\":\"UP\"");
            assertThat(get(serverPort(), path).statusCode()).as(path + " on the public port").isNotEqualTo(200);
            probed.add(path);
        }
        assertThat(probed).contains("/actuator/health/liveness", "/actuator/health/readiness");
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @SuppressWarnings("unchecked")
    private static Object at(Map<String, Object> map, String... keys) {
        Object value = map;
        for (String key : keys) {
            value = ((Map<String, Object>) value).get(key);
        }
        return value;
    }
}
