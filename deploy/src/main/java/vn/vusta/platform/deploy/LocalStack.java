package vn.vusta.platform.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The platform's services on loopback: PostgreSQL 18, Redis and (optionally) Keycloak with the realm imported.
 * The local run starts it on fixed ports, the tests on free ones.
 */
public final class LocalStack implements AutoCloseable {

    /**
     * Ports of the services and of the two applications (Keycloak's redirect URIs name the latter), and of the SMTP
     * server Keycloak sends its e-mails to (the mail sink locally, the test JVM's GreenMail in tests).
     */
    public record Ports(int postgres, int redis, int keycloak, int keycloakManagement, int platformApi, int tenantAdmin,
                        int smtp) {

        /** The ports the applications' own defaults point at (see their application.yml). */
        public static Ports fixed() {
            return new Ports(54318, 63790, 18080, 19000, 8080, 8081, MailSink.SMTP_PORT);
        }

        public static Ports free() {
            return new Ports(freePort(), freePort(), freePort(), freePort(), freePort(), freePort(), freePort());
        }

        public Ports withSmtp(int port) {
            return new Ports(postgres, redis, keycloak, keycloakManagement, platformApi, tenantAdmin, port);
        }
    }

    private final Ports ports;
    private final PostgresServer postgres;
    private final RedisServer redis;
    private KeycloakServer keycloak;
    /** Where the applications keep attached files: fresh with each stack, as its database is (unless kept). */
    private final Path files;
    /** The data folder that keeps the database and files across starts; null for a throwaway stack (tests). */
    private DataFolder kept;
    /** Whether the platform's database was new at this start: the demo data goes only into a new one. */
    private boolean demo = true;
    private Settings settings = Settings.LOCAL;

    private LocalStack(Ports ports, PostgresServer postgres, RedisServer redis, KeycloakServer keycloak) {
        this(ports, postgres, redis, keycloak, null);
    }

    private LocalStack(Ports ports, PostgresServer postgres, RedisServer redis, KeycloakServer keycloak, Path files) {
        this.ports = ports;
        this.postgres = postgres;
        this.redis = redis;
        this.keycloak = keycloak;
        try {
            this.files = files != null ? Files.createDirectories(files) : Files.createTempDirectory("vusta-files-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static LocalStack start(Ports ports, boolean withKeycloak) {
        PostgresServer postgres = PostgresServer.start(ports.postgres());
        RedisServer redis = null;
        try {
            redis = RedisServer.start(ports.redis());
            KeycloakServer keycloak = withKeycloak ? startKeycloak(ports, postgres) : null;
            return new LocalStack(ports, postgres, redis, keycloak);
        } catch (RuntimeException e) {
            if (redis != null) {
                redis.close();
            }
            postgres.close();
            throw e;
        }
    }

    private KeycloakServer startKeycloak() {
        return kept == null ? startKeycloak(ports, postgres) : startKeycloak(ports, postgres, settings);
    }

    private static KeycloakServer startKeycloak(Ports ports, PostgresServer postgres) {
        return KeycloakServer.start(ports.keycloak(), ports.keycloakManagement(), postgres, Map.of(
                "VUSTA_PLATFORM_API_URL", "http://127.0.0.1:" + ports.platformApi(),
                "VUSTA_TENANT_ADMIN_URL", "http://127.0.0.1:" + ports.tenantAdmin(),
                "VUSTA_SMTP_HOST", "127.0.0.1",
                "VUSTA_SMTP_PORT", String.valueOf(ports.smtp())));
    }

    /** Stops Keycloak, runs the work, and starts it again on the same ports and data: for tests of outages. */
    public synchronized void withoutKeycloak(Runnable work) {
        keycloakUrl();
        keycloak.close();
        try {
            work.run();
        } finally {
            keycloak = startKeycloak();
        }
    }

    public Ports ports() {
        return ports;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public String keycloakUrl() {
        if (keycloak == null) {
            throw new IllegalStateException("This stack was started without Keycloak");
        }
        return keycloak.url();
    }

    public String issuer() {
        return keycloakUrl() + "/realms/" + KeycloakServer.REALM;
    }

    /** The settings that point both applications at this stack, as Spring properties. */
    public Map<String, String> springProperties() {
        var properties = new LinkedHashMap<String, String>();
        properties.put("spring.datasource.url", postgres.jdbcUrl());
        properties.put("spring.data.redis.host", "127.0.0.1");
        properties.put("spring.data.redis.port", String.valueOf(redis.port()));
        properties.put("vusta.files.directory", files.toString());
        if (keycloak != null) {
            properties.put("vusta.keycloak.url", keycloak.url());
        }
        if (kept != null) {
            properties.putAll(keptDataProperties());
        }
        // The last page of an invitation's e-mail leads to platform-api's home page.
        properties.put("vusta.invitations.redirect-uri", "http://127.0.0.1:" + ports.platformApi() + "/");
        return properties;
    }

    @Override
    public void close() {
        if (keycloak != null) {
            keycloak.close();
        }
        redis.close();
        postgres.close();
        if (kept != null) {
            return;
        }
        try {
            KeycloakServer.deleteRecursively(files);
        } catch (IOException e) {
            System.err.println("Could not delete " + files + ": " + e.getMessage());
        }
    }

    public static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // Faults, for tests of outages: each pause must be followed by its resume (in a finally), since the tests of a
    // JVM share this stack.

    /** Freezes PostgreSQL (SIGSTOP): connections stay open and nothing answers, as with a hung server. */
    public void pausePostgres() {
        postgres.pause();
    }

    public void resumePostgres() {
        postgres.resume();
    }

    /** Freezes Redis (SIGSTOP). */
    public void pauseRedis() {
        redis.pause();
    }

    public void resumeRedis() {
        redis.resume();
    }

    /** Stops Redis (its data is gone: the stack's Redis keeps nothing on disk), as a crash would. */
    public void stopRedis() {
        redis.stop();
    }

    /** Starts Redis again on the same port, empty. */
    public void startRedis() {
        redis.start();
    }

    /** Freezes Keycloak (SIGSTOP of its launcher and JVM). */
    public synchronized void pauseKeycloak() {
        keycloakUrl();
        keycloak.pause();
    }

    public synchronized void resumeKeycloak() {
        keycloakUrl();
        keycloak.resume();
    }

    /**
     * How a kept stack is secured: the roles' passwords (set when the data folder is new), Redis's password (none
     * locally), the realm Keycloak imports when it has none, and Keycloak's environment (its database password,
     * bootstrap administrator, host name and the realm file's placeholders).
     */
    public record Settings(PostgresServer.Passwords passwords, String redisPassword, String realmResource,
                           Map<String, String> keycloakEnvironment) {

        public static final Settings LOCAL = new Settings(PostgresServer.Passwords.LOCAL, null,
                KeycloakServer.REALM_RESOURCE, Map.of());
    }

    /**
     * The stack on a data folder that keeps PostgreSQL's data (the platform's and Keycloak's databases) and the
     * stored files across starts: deploy/run-local. Keycloak imports its realm only when it has none, and the demo
     * data goes only into a new database ({@link #springProperties()}).
     */
    public static LocalStack start(Ports ports, boolean withKeycloak, DataFolder folder, Settings settings) {
        PostgresServer postgres = PostgresServer.start(ports.postgres(), folder.postgres(), settings.passwords());
        RedisServer redis = null;
        try {
            boolean demo = !postgres.migrated();
            redis = settings.redisPassword() == null ? RedisServer.start(ports.redis())
                    : RedisServer.start(ports.redis(), settings.redisPassword());
            KeycloakServer keycloak = withKeycloak ? startKeycloak(ports, postgres, settings) : null;
            var stack = new LocalStack(ports, postgres, redis, keycloak, folder.files());
            stack.kept = folder;
            stack.demo = demo;
            stack.settings = settings;
            return stack;
        } catch (RuntimeException e) {
            if (redis != null) {
                redis.close();
            }
            postgres.close();
            throw e;
        }
    }

    private static KeycloakServer startKeycloak(Ports ports, PostgresServer postgres, Settings settings) {
        var environment = new LinkedHashMap<String, String>();
        environment.put("VUSTA_PLATFORM_API_URL", "http://127.0.0.1:" + ports.platformApi());
        environment.put("VUSTA_TENANT_ADMIN_URL", "http://127.0.0.1:" + ports.tenantAdmin());
        environment.put("VUSTA_SMTP_HOST", "127.0.0.1");
        environment.put("VUSTA_SMTP_PORT", String.valueOf(ports.smtp()));
        environment.putAll(settings.keycloakEnvironment());
        return KeycloakServer.start(ports.keycloak(), ports.keycloakManagement(), postgres, environment,
                settings.realmResource());
    }

    /** Whether this start found a new database (and so loads the demo data, where the applications list it). */
    public boolean newDatabase() {
        return demo;
    }

    /**
     * A new database gets the migrations and the demo data; one migrated before gets the migrations only, so a
     * changed demo script never runs again over what the unions entered (and a demo row they deleted stays deleted).
     */
    private Map<String, String> keptDataProperties() {
        var properties = new LinkedHashMap<String, String>();
        properties.put("spring.flyway.locations", demo ? "classpath:db/migration,classpath:db/demo" : "classpath:db/migration");
        // The demo scripts applied when the folder was new are in Flyway's history but no longer listed.
        properties.put("spring.flyway.ignore-migration-patterns", "*:future,repeatable:missing");
        properties.put("vusta.files.demo-content", String.valueOf(demo));
        return properties;
    }

    public Path files() {
        return files;
    }
}
