package vn.vusta.platform.singleserver;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.vusta.platform.PlatformApiApplication;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What the single server's tests do as an operator and an API client would: platform-api started on the launcher's
 * settings (in this JVM, as the jar would run them), HTTP calls with real tokens, and checksums of every table of
 * both databases and of every stored file.
 */
final class SingleServer {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Response(int status, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    private SingleServer() {
    }

    /** platform-api with these settings as its command line, as deploy/run-local passes them to the jar. */
    static ConfigurableApplicationContext platformApi(int port, Map<String, String> settings, String... profiles) {
        var args = new ArrayList<String>();
        args.add("--server.port=" + port);
        // A management port of its own, free (the applications may name a fixed one).
        args.add("--management.server.port=0");
        settings.forEach((key, value) -> args.add("--" + key + "=" + value));
        return new SpringApplicationBuilder(PlatformApiApplication.class)
                .environment(withoutTestStackProperties())
                .profiles(profiles)
                .run(args.toArray(String[]::new));
    }

    /**
     * The environment of a server, not of this test JVM: earlier test classes point Spring at the shared test stack
     * through system properties (RealServicesExtension), which outrank application-production.yml's variables.
     */
    private static StandardEnvironment withoutTestStackProperties() {
        var environment = new StandardEnvironment();
        var own = new HashMap<String, Object>();
        System.getProperties().forEach((key, value) -> {
            String name = key.toString();
            if (!name.startsWith("spring.") && !name.startsWith("vusta.") && !name.startsWith("management.")) {
                own.put(name, value);
            }
        });
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME,
                new MapPropertySource(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME, own));
        return environment;
    }

    static Response call(int port, String method, String path, String token, String json) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Authorization", "Bearer " + token)
                .header("Accept-Language", "vi");
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request.build());
    }

    static Response upload(int port, String path, String token, String fileName, byte[] content) {
        String boundary = "----vusta" + UUID.randomUUID();
        var body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }

    static byte[] download(int port, String path, String token) {
        try {
            var response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
            return response.statusCode() == 200 ? response.body() : null;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token of the password grant (the local realm's platform-dev-cli) or of the master realm's admin-cli. */
    static String token(String keycloakUrl, String realm, String client, String username, String password) {
        String form = Map.of("grant_type", "password", "client_id", client, "scope", "openid",
                        "username", username, "password", password).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        var response = send(HttpRequest.newBuilder(URI.create(keycloakUrl + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (response.status() != 200) {
            throw new IllegalStateException("Keycloak refused a token (" + response.status() + "): " + response.body());
        }
        return response.json().path("access_token").asString();
    }

    static Response get(String url, String token) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build());
    }

    private static Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * An MD5 of each table's rows (in a fixed order) of a database, read as the superuser, whom row-level security
     * does not limit: two equal maps are equal contents.
     */
    static Map<String, String> tableChecksums(int postgresPort, String database) throws SQLException {
        var checksums = new TreeMap<String, String>();
        try (var c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + postgresPort + "/" + database, "postgres", "")) {
            var tables = new ArrayList<String>();
            try (var rows = c.createStatement().executeQuery("""
                    select quote_ident(schemaname) || '.' || quote_ident(tablename) from pg_tables
                    where schemaname not in ('pg_catalog', 'information_schema')""")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (var rows = c.createStatement().executeQuery("select md5(coalesce(string_agg(t::text, E'\\n' order by t::text), ''))"
                        + " || ':' || count(*) from " + table + " t")) {
                    rows.next();
                    checksums.put(table, rows.getString(1));
                }
            }
        }
        return checksums;
    }

    static void execute(int postgresPort, String database, String sql) throws SQLException {
        try (var c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + postgresPort + "/" + database, "postgres", "")) {
            c.createStatement().execute(sql);
        }
    }

    static long count(int postgresPort, String database, String sql) throws SQLException {
        return count(postgresPort, database, sql, "postgres", "");
    }

    static long count(int postgresPort, String database, String sql, String user, String password) throws SQLException {
        try (var c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + postgresPort + "/" + database, user, password);
             var rows = c.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** A SHA-256 of each file under the folder, by its relative path. */
    static Map<String, String> fileChecksums(Path folder) throws IOException {
        var checksums = new TreeMap<String, String>();
        if (!Files.exists(folder)) {
            return checksums;
        }
        try (var walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    var digest = MessageDigest.getInstance("SHA-256");
                    digest.update(in.readAllBytes());
                    checksums.put(folder.relativize(file).toString(), HexFormat.of().formatHex(digest.digest()));
                } catch (NoSuchAlgorithmException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return checksums;
    }

    static List<String> names(JsonNode items, String field) {
        var names = new ArrayList<String>();
        for (JsonNode item : items) {
            names.add(item.path(field).asString());
        }
        return names;
    }
}
