package vn.vusta.platform.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

import static vn.vusta.platform.deploy.LocalCredentials.*;

/**
 * Keycloak from its Maven Central distribution, without Docker. The distribution is unpacked and built
 * ({@code kc.sh build}) once into a cache outside {@code target/}, so a fresh clone reuses it; each start runs the
 * optimized server on loopback against the stack's PostgreSQL and imports the realm.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "vusta";
    static final String REALM_RESOURCE = "/keycloak/vusta-realm.json";
    // Changing these means a new build; they are part of the cache marker.
    private static final List<String> BUILD_OPTIONS = List.of("--db=postgres", "--health-enabled=true");
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);

    private final Process process;
    private final int httpPort;
    private final Path log;

    private KeycloakServer(Process process, int httpPort, Path log) {
        this.process = process;
        this.httpPort = httpPort;
        this.log = log;
    }

    /**
     * @param urls values of the realm file's placeholders, such as {@code VUSTA_PLATFORM_API_URL}
     */
    public static KeycloakServer start(int httpPort, int managementPort, PostgresServer postgres, Map<String, String> urls) {
        return start(httpPort, managementPort, postgres, urls, REALM_RESOURCE);
    }

    /**
     * @param environment values of the realm file's placeholders, and any KC_* option that overrides the local
     *                    stack's (database password, bootstrap administrator, KC_HOSTNAME)
     * @param realmResource the realm file imported when Keycloak has no such realm yet
     */
    public static KeycloakServer start(int httpPort, int managementPort, PostgresServer postgres,
                                       Map<String, String> environment, String realmResource) {
        Map<String, String> urls = environment;
        Path home = installedHome();
        try {
            Path importDir = Files.createDirectories(home.resolve("data/import"));
            try (InputStream realm = KeycloakServer.class.getResourceAsStream(realmResource)) {
                Files.copy(realm, importDir.resolve("vusta-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            }
            Path log = Files.createTempFile("vusta-keycloak-" + httpPort + "-", ".log");
            var command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "start", "--optimized",
                    "--http-enabled=true", "--http-host=127.0.0.1", "--http-port=" + httpPort,
                    "--http-management-port=" + managementPort, "--hostname-strict=false",
                    "--cache=local", "--import-realm"));
            if (environment.containsKey("KC_HOSTNAME")) {
                // Behind the reverse proxy (deploy/nginx): its X-Forwarded-* headers give the public scheme and host.
                command.add("--proxy-headers=xforwarded");
            }
            var builder = new ProcessBuilder(command)
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            var env = builder.environment();
            env.put("JAVA_HOME", System.getProperty("java.home"));
            env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
            env.put("KC_DB_URL", postgres.jdbcUrl(KEYCLOAK_DATABASE));
            env.put("KC_DB_USERNAME", KEYCLOAK_DB_ROLE);
            env.put("KC_DB_PASSWORD", KEYCLOAK_DB_PASSWORD);
            env.put("KC_BOOTSTRAP_ADMIN_USERNAME", KEYCLOAK_ADMIN);
            env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", KEYCLOAK_ADMIN_PASSWORD);
            env.putAll(urls);
            var server = new KeycloakServer(builder.start(), httpPort, log);
            server.awaitReady(managementPort);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak did not start on 127.0.0.1:" + httpPort, e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + httpPort;
    }

    public String issuer() {
        return url() + "/realms/" + REALM;
    }

    private void awaitReady(int managementPort) {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/health/ready")).build();
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + "; its log: " + log + "\n" + tail());
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        close();
        throw new IllegalStateException("Keycloak was not ready within " + READY_TIMEOUT + "; its log: " + log + "\n" + tail());
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The unpacked and built distribution, made once per version and build options. */
    static Path installedHome() {
        var dist = distribution();
        Path cache = cacheDirectory();
        Path home = cache.resolve("keycloak-" + dist.version());
        Path marker = home.resolve(".vusta-built");
        String expected = String.join(" ", BUILD_OPTIONS);
        try {
            Files.createDirectories(cache);
            try (var channel = FileChannel.open(cache.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 var lock = channel.lock()) {
                if (Files.exists(marker) && Files.readString(marker).equals(expected)) {
                    return home;
                }
                System.out.println("Keycloak " + dist.version() + ": unpacking and building once into " + home + " ...");
                deleteRecursively(home);
                unzip(dist.zip(), home);
                build(home);
                Files.writeString(marker, expected);
                return home;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not install Keycloak into " + home, e);
        }
    }

    private static void build(Path home) throws IOException {
        var command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "build"));
        command.addAll(BUILD_OPTIONS);
        Path log = home.resolve("build.log");
        var builder = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        try {
            int exit = builder.start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException("kc.sh build failed with " + exit + ", see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void unzip(Path zip, Path home) throws IOException {
        try (var file = new ZipFile(zip.toFile())) {
            var entries = file.entries();
            while (entries.hasMoreElements()) {
                var entry = entries.nextElement();
                // The archive has one top folder, keycloak-<version>/; strip it.
                String name = entry.getName();
                int slash = name.indexOf('/');
                if (slash < 0 || slash == name.length() - 1) {
                    continue;
                }
                Path target = home.resolve(name.substring(slash + 1)).normalize();
                if (!target.startsWith(home)) {
                    throw new IOException("Entry outside the target folder: " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    try (InputStream in = file.getInputStream(entry)) {
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                    if (name.endsWith(".sh")) {
                        target.toFile().setExecutable(true);
                    }
                }
            }
        }
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path p : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(p);
            }
        }
    }

    static Path cacheDirectory() {
        String configured = System.getenv("VUSTA_CACHE");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("user.home"), ".cache", "vusta-platform");
    }

    private record Distribution(String version, Path zip) {
    }

    private static Distribution distribution() {
        var properties = new Properties();
        try (InputStream in = KeycloakServer.class.getResourceAsStream("keycloak-dist.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path zip = Path.of(properties.getProperty("keycloak.zip"));
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("The Keycloak distribution is missing at " + zip + "; build the project with ./mvnw first");
        }
        return new Distribution(properties.getProperty("keycloak.version"), zip);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** SIGSTOP of kc.sh and the JVM it started: connections are accepted and nothing answers. */
    public void pause() {
        Signals.send("STOP", processes());
    }

    public void resume() {
        Signals.send("CONT", processes());
    }

    private List<ProcessHandle> processes() {
        var all = new ArrayList<ProcessHandle>();
        all.add(process.toHandle());
        process.toHandle().descendants().forEach(all::add);
        return all;
    }
}
