package vn.vusta.platform.startup;

import org.junit.jupiter.api.Test;
import vn.vusta.platform.PlatformApiApplication;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application started against a service that does not answer exits with one line naming the service and
 * the address it tried. Runs the real main class in a JVM of its own.
 */
class RequiredServicesTest {

    @Test
    void anUnreachablePostgresqlStopsTheStartWithOneLine() throws Exception {
        assertOneLine(List.of("--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/vusta"),
                "platform-api cannot start: PostgreSQL is not reachable at 127.0.0.1:1 (spring.datasource.url)");
    }

    @Test
    void anUnreachableRedisStopsTheStartWithOneLine() throws Exception {
        assertOneLine(List.of("--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + listeningPort() + "/vusta",
                        "--spring.data.redis.port=1"),
                "platform-api cannot start: Redis is not reachable at 127.0.0.1:1 (spring.data.redis.host/port)");
    }

    @Test
    void anUnreachableKeycloakStopsTheStartWithOneLine() throws Exception {
        int port = listeningPort();
        assertOneLine(List.of("--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + port + "/vusta",
                        "--spring.data.redis.port=" + port, "--vusta.keycloak.url=http://127.0.0.1:1"),
                "platform-api cannot start: Keycloak is not reachable at 127.0.0.1:1 (vusta.keycloak.url)");
    }

    private static void assertOneLine(List<String> arguments, String expected) throws Exception {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PlatformApiApplication.class.getName()));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the application exits").isTrue();
        String output = new String(process.getInputStream().readAllBytes()).strip();
        assertThat(process.exitValue()).isEqualTo(1);
        assertThat(output).isEqualTo(expected);
    }

    private static java.net.ServerSocket listener;

    /** A loopback port that accepts connections, standing in for a service that answers. */
    private static synchronized int listeningPort() throws Exception {
        if (listener == null) {
            listener = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
        }
        return listener.getLocalPort();
    }
}
