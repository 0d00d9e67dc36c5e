package vn.vusta.platform.deploy;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The whole platform on this machine: the local stack on its fixed loopback ports, then platform-api and
 * tenant-admin from their built jars. Prints the addresses and the demo logins; Ctrl-C stops everything.
 *
 * <p>Arguments: the repository's root folder, then the options of {@link LaunchOptions#USAGE}.
 */
public final class LocalPlatform {

    /** An application; managementPort is its Actuator's (application.yml's management.server.port). */
    private record App(String name, Path jar, int port, int managementPort) {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\n\n" + LaunchOptions.USAGE);
            System.exit(2);
            return;
        }
        Path root = options.root();
        DataFolder folder;
        Secrets secrets = null;
        try {
            if (options.production()) {
                secrets = Secrets.load(options.secrets(), System.getenv());
            }
            folder = DataFolder.open(options.data());
        } catch (IllegalStateException refused) {
            System.err.println(refused.getMessage());
            System.exit(1);
            return;
        }
        if (options.backup() != null || options.restore() != null) {
            try (folder) {
                if (options.backup() != null) {
                    System.out.println("Backing up " + folder.root() + " (database, Keycloak's database, files) to " + options.backup() + " ...");
                    ColdBackup.backup(folder, options.backup());
                } else {
                    System.out.println("Restoring " + options.restore() + " into " + folder.root() + ": its current database and files are replaced ...");
                    ColdBackup.restore(folder, options.restore());
                }
                System.out.println("Done.");
            }
            return;
        }
        if (options.fresh()) {
            System.out.println("--fresh: deleting the platform's database, Keycloak's database and the stored files in "
                    + folder.root() + " ...");
            folder.deleteState();
        }
        if (options.production()) {
            // zonky unpacks PostgreSQL's binaries under /tmp by default, which a server cleans now and then.
            System.setProperty("ot.epg.working-dir", folder.root().resolve("postgres-binaries").toString());
        }
        try {
            folder.requireMode(options.production() ? "production" : "local");
        } catch (IllegalStateException refused) {
            System.err.println(refused.getMessage());
            System.exit(1);
        }
        var ports = LocalStack.Ports.fixed();
        var apps = List.of(
                new App("platform-api", root.resolve("platform-api/target/platform-api.jar"), ports.platformApi(), 9080),
                new App("tenant-admin", root.resolve("tenant-admin/target/tenant-admin.jar"), ports.tenantAdmin(), 9081));
        for (App app : apps) {
            if (!Files.isRegularFile(app.jar())) {
                throw new IllegalStateException(app.jar() + " is missing: build first with ./mvnw -DskipTests package");
            }
        }
        Path logs = Files.createDirectories(options.production() ? folder.root().resolve("logs") : root.resolve("target/local-run"));
        var used = new LinkedHashMap<>(Map.of("PostgreSQL", ports.postgres(), "Redis", ports.redis(), "Keycloak", ports.keycloak(),
                "Keycloak management", ports.keycloakManagement(), "platform-api", ports.platformApi(),
                "tenant-admin", ports.tenantAdmin(), "platform-api management", apps.get(0).managementPort(),
                "tenant-admin management", apps.get(1).managementPort()));
        if (!options.production()) {
            used.putAll(Map.of("GreenMail (SMTP)", MailSink.SMTP_PORT,
                    "GreenMail (IMAP)", MailSink.IMAP_PORT, "GreenMail (API)", MailSink.API_PORT));
        }
        requireFree(used);

        System.out.println((folder.isNew() ? "New data folder " : "Data folder ") + folder.root()
                + (options.production() ? " (production)" : "") + ".");
        System.out.println("Starting PostgreSQL, Redis and Keycloak on loopback ...");
        var stack = LocalStack.start(ports, true, folder,
                options.production() ? ProductionSettings.stack(secrets) : LocalStack.Settings.LOCAL);
        // platform-api's mail defaults (spring.mail.host/port) point at this sink; production mails through its SMTP.
        MailSink mail = null;
        if (!options.production()) {
            System.out.println("Starting GreenMail, the mail sink, on loopback (log: " + logs.resolve("greenmail.log") + ") ...");
            mail = MailSink.start(logs);
        }
        var processes = new ArrayList<Process>();
        MailSink startedMail = mail;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            processes.forEach(LocalPlatform::stop);
            if (startedMail != null) {
                startedMail.close();
            }
            stack.close();
            folder.close();
        }, "local-platform-stop"));

        for (App app : apps) {
            System.out.println("Starting " + app.name() + " (log: " + logs.resolve(app.name() + ".log") + ") ...");
            var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx" + heap(options), "-jar", app.jar().toString(), "--server.port=" + app.port()));
            var builder = new ProcessBuilder(command);
            if (options.production()) {
                command.add("--spring.profiles.active=production");
                builder.environment().putAll(ProductionSettings.applications(secrets, stack));
            } else {
                stack.springProperties().forEach((key, value) -> command.add("--" + key + "=" + value));
            }
            processes.add(builder
                    .redirectErrorStream(true)
                    // Production keeps its logs across restarts (rotate them with logrotate's copytruncate).
                    .redirectOutput(options.production() ? ProcessBuilder.Redirect.appendTo(logs.resolve(app.name() + ".log").toFile())
                            : ProcessBuilder.Redirect.to(logs.resolve(app.name() + ".log").toFile()))
                    .start());
        }
        for (int i = 0; i < apps.size(); i++) {
            awaitHealthy(apps.get(i), processes.get(i), logs);
        }
        if (options.production()) {
            System.out.println("\n=== VUSTA platform is running (production, data in " + folder.root() + ") ===\n"
                    + "  Servers listen on 127.0.0.1 only; the reverse proxy (deploy/nginx/vusta.conf) publishes\n  "
                    + secrets.get("VUSTA_PLATFORM_API_URL") + ", " + secrets.get("VUSTA_TENANT_ADMIN_URL") + " and "
                    + secrets.get("VUSTA_KEYCLOAK_URL") + ".\n  Ctrl-C (or SIGTERM) stops everything.\n");
        } else {
            printBanner(stack, ports, folder);
        }
        Thread.currentThread().join();
    }

    /** Each application's heap: VUSTA_HEAP (e.g. 2g), else 1g in production and 512m locally. */
    private static String heap(LaunchOptions options) {
        String configured = System.getenv("VUSTA_HEAP");
        return configured != null && configured.matches("[0-9]+[mMgG]") ? configured : options.production() ? "1g" : "512m";
    }

    /** One clear line, instead of a stack trace from deep inside a server, when a port is taken. */
    private static void requireFree(Map<String, Integer> ports) {
        ports.forEach((service, port) -> {
            try (var socket = new java.net.ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
                socket.setReuseAddress(true);
            } catch (IOException taken) {
                System.err.println("Port " + port + " on 127.0.0.1, for " + service + ", is in use: stop what uses it "
                        + "(an earlier deploy/run-local?) and start again.");
                System.exit(1);
            }
        });
    }

    private static void awaitHealthy(App app, Process process, Path logs) throws InterruptedException {
        var http = HttpClient.newHttpClient();
        // Ready: started, and PostgreSQL and Redis answer (the readiness group, on the management port).
        var health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.managementPort() + "/actuator/health/readiness")).build();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(app.name() + " stopped; see " + logs.resolve(app.name() + ".log"));
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(app.name() + " did not become healthy; see " + logs.resolve(app.name() + ".log"));
    }

    private static void printBanner(LocalStack stack, LocalStack.Ports ports, DataFolder folder) {
        var out = new StringBuilder();
        out.append("\n=== VUSTA platform is running (local development; every address is loopback) ===\n");
        out.append(String.format("  %-24s %s  (kept across runs; --fresh starts from nothing)%n", "Data folder", folder.root()));
        out.append(String.format("  %-24s http://127.0.0.1:%d%n", "platform-api (pages)", ports.platformApi()));
        out.append(String.format("  %-24s http://127.0.0.1:%d/swagger-ui.html%n", "API (Swagger UI)", ports.platformApi()));
        out.append(String.format("  %-24s http://127.0.0.1:%d%n", "tenant-admin", ports.tenantAdmin()));
        out.append(String.format("  %-24s %s/admin  (%s / %s)%n", "Keycloak admin console", stack.keycloakUrl(),
                LocalCredentials.KEYCLOAK_ADMIN, LocalCredentials.KEYCLOAK_ADMIN_PASSWORD));
        out.append(String.format("  %-24s http://127.0.0.1:%d  (SMTP 127.0.0.1:%d, IMAP 127.0.0.1:%d: every mail stays here)%n",
                "Mails (GreenMail)", MailSink.API_PORT, MailSink.SMTP_PORT, MailSink.IMAP_PORT));
        out.append(String.format("  %-24s %s  (%s / %s)%n", "PostgreSQL", stack.postgres().jdbcUrl(),
                LocalCredentials.APP_ROLE, LocalCredentials.APP_PASSWORD));
        out.append("\n  Demo logins, password ").append(LocalCredentials.DEMO_PASSWORD).append(" for all:\n");
        demoUsers().forEach((user, description) -> out.append(String.format("    %-20s %s%n", user, description)));
        out.append("  platform-admin and national-reviewer also give a one-time code: add the key ")
                .append(LocalCredentials.DEMO_TOTP_SECRET).append(" to an authenticator app (TOTP, 6 digits, 30 s).\n");
        out.append("\n  Ctrl-C stops everything.\n");
        System.out.println(out);
    }

    /** The demo users of the realm file, with their roles and organization. */
    static Map<String, String> demoUsers() {
        try (InputStream in = LocalPlatform.class.getResourceAsStream("/keycloak/vusta-realm.json")) {
            JsonNode realm = JsonMapper.builder().build().readTree(in);
            Map<String, String> organizationOf = new TreeMap<>();
            for (JsonNode organization : realm.path("organizations")) {
                for (JsonNode member : organization.path("members")) {
                    organizationOf.put(member.path("username").asString(), organization.path("alias").asString());
                }
            }
            var users = new LinkedHashMap<String, String>();
            for (JsonNode user : realm.path("users")) {
                String username = user.path("username").asString();
                if (username.startsWith("service-account-")) {
                    continue;
                }
                var roles = new ArrayList<String>();
                user.path("realmRoles").forEach(role -> roles.add(role.asString()));
                String organization = organizationOf.get(username);
                users.put(username, String.join(", ", roles) + (organization == null ? "" : "  @ " + organization));
            }
            return users;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
