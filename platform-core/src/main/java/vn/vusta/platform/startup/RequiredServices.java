package vn.vusta.platform.startup;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.List;

/**
 * Before anything else starts, checks that PostgreSQL, Redis and Keycloak answer on their configured addresses.
 * When one does not, the application exits with one line that names the service and the address it tried,
 * instead of a page of stack trace from deep inside a connection pool.
 */
public final class RequiredServices implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private static final int TIMEOUT_MILLIS = 3000;

    private final String application;

    public RequiredServices(String application) {
        this.application = application;
    }

    record Service(String name, String host, int port, String property) {
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        for (Service service : services(event.getEnvironment())) {
            if (!reachable(service)) {
                System.err.printf("%s cannot start: %s is not reachable at %s:%d (%s)%n",
                        application, service.name(), service.host(), service.port(), service.property());
                System.exit(1);
            }
        }
    }

    static List<Service> services(Environment env) {
        // jdbc:postgresql://host:port/database
        URI postgres = URI.create(env.getRequiredProperty("spring.datasource.url").substring("jdbc:".length()));
        URI keycloak = URI.create(env.getRequiredProperty("vusta.keycloak.url"));
        return List.of(
                new Service("PostgreSQL", postgres.getHost(), port(postgres, 5432), "spring.datasource.url"),
                new Service("Redis", env.getProperty("spring.data.redis.host", "localhost"),
                        env.getProperty("spring.data.redis.port", Integer.class, 6379), "spring.data.redis.host/port"),
                new Service("Keycloak", keycloak.getHost(), port(keycloak, 80), "vusta.keycloak.url"));
    }

    private static int port(URI uri, int fallback) {
        return uri.getPort() > 0 ? uri.getPort() : fallback;
    }

    private static boolean reachable(Service service) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(service.host(), service.port()), TIMEOUT_MILLIS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
