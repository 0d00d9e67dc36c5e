package vn.vusta.platform.fuzz;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.vusta.platform.Api;
import vn.vusta.platform.DemoTenants;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.test.KeycloakTokens;
import vn.vusta.platform.spreadsheets.ImportColumns;
import vn.vusta.platform.spreadsheets.ImportKind;
import vn.vusta.platform.spreadsheets.Sheets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fuzzing harness: every request body property, every query parameter of every route in the API's OpenAPI
 * document (so routes added later are covered with no new test code) and every column of every import receives
 * hostile values drawn from {@link Hostile} — controls and NUL, very long strings, odd Unicode, numbers at the edges,
 * wrong types, deep JSON, empty files, random bytes, truncated .xlsx and .csv — sent as Thanh Hóa's editor with a real
 * token. Whatever comes back: no 5xx, no stack trace or class name in the body, every 4xx problem+json, a 400 or 422
 * naming the field or parameter it was given, and the union's tables byte-identical after every refused request.
 * <p>
 * The seed is fixed ({@code -Dvusta.fuzz.seed}, 1515 by default) so a failure replays; {@code -Dvusta.fuzz.tries}
 * (2 by default, about a minute) draws more values for each target.
 */
@PlatformApiTest
class FuzzHarnessTest {

    static final long SEED = Long.getLong("vusta.fuzz.seed", 1515L);
    static final int TRIES = Integer.getInteger("vusta.fuzz.tries", 2);
    private static final String EDITOR = "thanh-hoa-editor";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    /** What only a stack trace or an exception's message would put in a body. */
    private static final Pattern LEAK = Pattern.compile(
            "Exception|Caused by|\\bat [a-z]+\\.[\\w.$]+\\(|\\b(java|javax|jakarta|org\\.springframework|org\\.jooq|org\\.postgresql"
                    + "|org\\.apache|tools\\.jackson|com\\.fasterxml|vn\\.vusta)\\.[a-z]");

    record Reply(int status, String contentType, String body) {
    }

    private final List<String> failures = new ArrayList<>();
    private final Set<String> routesCovered = new HashSet<>();
    private int requests;
    private int digests;
    private TenantDigest digest;
    private Map<String, String> baseline;
    private long baselineTransaction = -1;
    private String token;
    private long tokenAt;

    @Test
    void hostileValuesInEveryBodyQueryAndImportColumnAreRefusedCleanlyAndWriteNothing() throws Exception {
        var random = new Random(SEED);
        long started = System.nanoTime();
        var api = new OpenApiRoutes(Api.get("/v3/api-docs", null).json());
        List<OpenApiRoutes.Route> routes = api.all();
        assertThat(routes).extracting(OpenApiRoutes.Route::template).contains("/api/v1/members", "/api/v1/imports/members");
        int targets = 0;
        Map<ImportKind, List<String>> columns = ImportColumns.headings();
        List<String> leftovers;
        int tableCount;
        try (var tenantDigest = new TenantDigest(DemoTenants.THANH_HOA)) {
            digest = tenantDigest;
            Map<String, List<String>> before = digest.keys();
            tableCount = digest.tables().size();
            try {
                for (OpenApiRoutes.Route route : routes) {
                    targets += fuzzRoute(api, route, random);
                }
                for (Map.Entry<ImportKind, List<String>> kind : columns.entrySet()) {
                    targets += fuzzImport(kind.getKey(), kind.getValue(), random);
                }
            } finally {
                leftovers = digest.removeAddedSince(before);
            }
        }
        long withInput = routes.stream().filter(r -> r.jsonBody() != null || r.multipart() || !r.queryParameters().isEmpty()).count();
        System.out.printf("Fuzzing harness: seed %d, %d tries per target, %d requests, %d targets, %d of %d routes "
                        + "(%d with a body, a query or a file), %d import columns (%s), %d digests of %d tables, %d failures, %d s%n",
                SEED, TRIES, requests, targets, routesCovered.size(), routes.size(), withInput,
                columns.values().stream().mapToInt(List::size).sum(),
                columns.entrySet().stream().map(e -> e.getKey() + " " + e.getValue().size()).collect(Collectors.joining(", ")),
                digests, tableCount, failures.size(), Duration.ofNanos(System.nanoTime() - started).toSeconds());
        System.out.println("Fuzzing harness: what accepted requests created was removed afterwards, but for rows of " + leftovers);
        failures.forEach(failure -> System.out.println("Fuzzing failure: " + failure));
        assertThat(routesCovered).as("routes fuzzed").hasSize((int) withInput);
        assertThat(failures).as("failures of %d requests with seed %d (replay: -Dvusta.fuzz.seed=%d -Dvusta.fuzz.tries=%d)",
                requests, SEED, SEED, TRIES).isEmpty();
    }

    private int fuzzRoute(OpenApiRoutes api, OpenApiRoutes.Route route, Random random) throws Exception {
        int targets = 0;
        String path = api.path(route);
        Map<String, String> body = route.jsonBody() != null && OpenApiRoutes.isObject(route.jsonBody()) ? api.body(route) : null;
        String plainBody = body == null ? (route.jsonBody() != null ? "null" : null) : json(body);
        // What the plausible request is refused for (an identifier of nothing, say) may be named besides the target.
        Set<String> namedAnyway = new HashSet<>();
        if (route.jsonBody() != null || !route.queryParameters().isEmpty()) {
            Reply plain = send(route, path + query(api.query(route, null)), plainBody, null, null);
            if (plain.status() == 400 || plain.status() == 422) {
                namedAnyway.addAll(named(plain));
            }
        }
        if (body != null) {
            for (String property : body.keySet()) {
                targets++;
                for (int i = 0; i < TRIES; i++) {
                    var hostile = new LinkedHashMap<>(body);
                    hostile.put(property, Hostile.jsonValue(random));
                    send(route, path + query(api.query(route, null)), json(hostile), property, namedAnyway);
                }
            }
        }
        if (route.jsonBody() != null) {
            targets++;
            for (int i = 0; i < TRIES; i++) {
                send(route, path + query(api.query(route, null)), Hostile.body(random), null, namedAnyway);
            }
        }
        for (String parameter : route.queryParameters().keySet()) {
            targets++;
            for (int i = 0; i < TRIES; i++) {
                Map<String, String> query = api.query(route, parameter);
                query.put(parameter, Hostile.queryValue(random));
                send(route, path + query(query), plainBody, parameter, namedAnyway);
            }
        }
        if (route.multipart() && !route.template().startsWith("/api/v1/imports/")) {
            targets++;
            for (int i = 0; i < TRIES; i++) {
                upload(route.name(), path, "fuzz.pdf", Hostile.bytes(random, random.nextInt(4_096)));
            }
        }
        return targets;
    }

    /** Each column of the import's sheet gets hostile cells, in .csv and in .xlsx; then whole files that are no sheet. */
    private int fuzzImport(ImportKind kind, List<String> headings, Random random) throws Exception {
        String path = "/api/v1/imports/" + kind.name().toLowerCase();
        String route = "POST " + path;
        int targets = 0;
        for (int column = 0; column < headings.size(); column++) {
            targets++;
            for (int i = 0; i < TRIES; i++) {
                List<Object> row = new ArrayList<>(Arrays.asList(new Object[headings.size()]));
                row.set(0, "Thử Nghiệm Fuzz " + (char) ('A' + random.nextInt(26)));
                row.set(column, Hostile.cell(random));
                List<List<Object>> sheet = List.of(new ArrayList<>(headings), row);
                upload(route, path, "fuzz.xlsx", xlsx(sheet));
                upload(route, path, "fuzz.csv", Sheets.csv(random.nextBoolean() ? ',' : ';', random.nextBoolean(),
                        sheet.stream().map(r -> r.stream().map(c -> c == null ? "" : c.toString()).toList()).toList()));
            }
        }
        targets++;
        List<List<Object>> plain = List.of(new ArrayList<>(headings), new ArrayList<>(headings.stream().map(h -> (Object) "Thử").toList()));
        byte[] xlsx = xlsx(plain);
        byte[] csv = Sheets.csv(',', true, plain.stream().map(r -> r.stream().map(Object::toString).toList()).toList());
        upload(route, path, "fuzz.xlsx", new byte[0]);
        upload(route, path, "fuzz.csv", new byte[0]);
        for (int i = 0; i < TRIES; i++) {
            upload(route, path, "fuzz.xlsx", Arrays.copyOf(xlsx, random.nextInt(xlsx.length)));
            upload(route, path, "fuzz.csv", Arrays.copyOf(csv, 1 + random.nextInt(csv.length - 1)));
            upload(route, path, random.nextBoolean() ? "fuzz.xlsx" : "fuzz.csv", Hostile.bytes(random, random.nextInt(4_096)));
        }
        return targets;
    }

    private static byte[] xlsx(List<List<Object>> sheet) {
        try {
            return Sheets.xlsx(sheet);
        } catch (IOException | RuntimeException e) {
            // A value the writer itself cannot put in a sheet: sent as a sheet of what it could write.
            return new byte[]{'P', 'K', 3, 4};
        }
    }

    private Reply send(OpenApiRoutes.Route route, String pathAndQuery, String body, String target, Set<String> namedAnyway)
            throws Exception {
        var request = HttpRequest.newBuilder(URI.create(Api.baseUrl() + pathAndQuery))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token())
                .header("Accept-Language", "vi")
                .method(route.method().toUpperCase(), body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return exchange(route.name(), route.method().toUpperCase() + " " + pathAndQuery, request.build(), body,
                target, namedAnyway == null ? Set.of() : namedAnyway);
    }

    private void upload(String route, String path, String fileName, byte[] content) throws Exception {
        String boundary = "----vustafuzz" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create(Api.baseUrl() + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token())
                .header("Accept-Language", "vi")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        exchange(route, "POST " + path + " " + fileName + " (" + content.length + " bytes)", request, null, "file", Set.of());
    }

    private Reply exchange(String route, String call, HttpRequest request, String sent, String target, Set<String> namedAnyway)
            throws Exception {
        routesCovered.add(route);
        long before = digest.nextTransaction();
        if (before != baselineTransaction) {
            baseline = digest.rows();
            baselineTransaction = before;
            digests++;
        }
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        requests++;
        var reply = new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        String what = abbreviated(call) + (sent == null ? "" : " " + abbreviated(sent)) + " → " + reply.status();
        if (reply.status() >= 500) {
            failures.add(what + ": " + abbreviated(reply.body()));
        }
        var leak = LEAK.matcher(reply.body());
        boolean document = reply.contentType().contains("openxmlformats") || reply.contentType().contains("octet-stream")
                || reply.contentType().contains("pdf") || reply.contentType().startsWith("image/");
        if (!document && leak.find() && (sent == null || !sent.contains(leak.group()))) {
            failures.add(what + ": the body shows \"" + leak.group() + "\": " + abbreviated(reply.body()));
        }
        if (reply.status() >= 400 && reply.status() < 500) {
            if (!reply.contentType().startsWith("application/problem+json")) {
                failures.add(what + ": a " + reply.contentType() + " body, not problem+json: " + abbreviated(reply.body()));
            } else if ((reply.status() == 400 || reply.status() == 422) && target != null) {
                Set<String> named = named(reply);
                boolean namesIt = named.stream().anyMatch(field -> field.equals(target) || field.startsWith(target + ".")
                        || field.startsWith(target + "[") || namedAnyway.contains(field));
                if (!namesIt) {
                    failures.add(what + ": does not name " + target + ": " + abbreviated(reply.body()));
                }
            }
        }
        if (reply.status() >= 400) {
            long after = digest.nextTransaction();
            if (after != baselineTransaction) {
                Map<String, String> now = digest.rows();
                digests++;
                if (!now.equals(baseline)) {
                    failures.add(what + ": refused, yet changed " + now.keySet().stream()
                            .filter(table -> !now.get(table).equals(baseline.get(table))).toList());
                }
                baseline = now;
                baselineTransaction = after;
            }
        }
        return reply;
    }

    /** The fields a problem names: each of its errors, or the name before the detail's colon. */
    private static Set<String> named(Reply reply) {
        var names = new HashSet<String>();
        try {
            JsonNode problem = JSON.readTree(reply.body());
            for (JsonNode error : problem.path("errors")) {
                names.add(error.path("field").asString());
            }
            String detail = problem.path("detail").asString();
            if (detail.contains(":")) {
                names.add(detail.substring(0, detail.indexOf(':')).strip());
            }
        } catch (RuntimeException notJson) {
            // named nothing
        }
        return names;
    }

    private String token() {
        if (token == null || System.currentTimeMillis() - tokenAt > 60_000) {
            token = KeycloakTokens.accessToken(EDITOR);
            tokenAt = System.currentTimeMillis();
        }
        return token;
    }

    private static String json(Map<String, String> properties) {
        return properties.entrySet().stream()
                .map(p -> JSON.writeValueAsString(p.getKey()) + ":" + p.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String query(Map<String, String> parameters) {
        return parameters.isEmpty() ? "" : parameters.entrySet().stream()
                .map(p -> p.getKey() + "=" + p.getValue()).collect(Collectors.joining("&", "?", ""));
    }

    private static String abbreviated(String text) {
        String printable = text.codePoints()
                .mapToObj(c -> Character.isISOControl(c) || c > 0xffff || Character.isSurrogate((char) c)
                        ? String.format("\\u%04x", c) : Character.toString(c))
                .collect(Collectors.joining());
        return printable.length() <= 300 ? printable : printable.substring(0, 300) + "… (" + text.length() + " chars)";
    }
}
