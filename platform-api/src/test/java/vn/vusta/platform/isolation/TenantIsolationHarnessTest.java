package vn.vusta.platform.isolation;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.vusta.platform.Api;
import vn.vusta.platform.DemoTenants;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.test.KeycloakTokens;
import vn.vusta.platform.openapi.SchemaExamples;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every route of the API, read from its OpenAPI document, as an administrator of Thanh Hóa (tenant A)
 * aimed at the objects of Hải Phòng (tenant B): every identifier of B in a path gets 403 or 404, no response
 * carries a byte of B's data, and B's data is unchanged afterwards. Routes of later issues are covered as they
 * appear in the document, with no new test code.
 */
@PlatformApiTest
class TenantIsolationHarnessTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final Set<String> BODY_METHODS = Set.of("post", "put", "patch");

    record Route(String method, String template, JsonNode operation) {
    }

    @Test
    void aTenantReachesNothingOfAnotherTenantThroughAnyRoute() throws Exception {
        // What only B holds: a value A holds too (an enum's name, say) reveals nothing of B.
        TenantBData b = TenantBData.of(DemoTenants.HAI_PHONG).without(TenantBData.of(DemoTenants.THANH_HOA));
        assertThat(b.identifiers()).as("tenant B has objects to aim at").hasSizeGreaterThan(1);
        JsonNode openApi = Api.get("/v3/api-docs", null).json();
        List<Route> routes = routes(openApi);
        assertThat(routes).as("routes of the API").extracting(Route::template).contains("/api/v1/units/{id}");

        var tokenOfA = KeycloakTokens.renewed("thanh-hoa-admin");
        UUID aimedAt = b.identifiers().stream().filter(id -> !id.equals(DemoTenants.HAI_PHONG)).findFirst().orElseThrow();
        int calls = 0;
        var failures = new ArrayList<String>();
        for (Route route : routes) {
            String body = BODY_METHODS.contains(route.method()) ? exampleBody(openApi, route.operation(), aimedAt) : null;
            // Identifiers in the path must find nothing (403/404); in the query they may filter to nothing (200).
            boolean inPath = !uuidParameters(route, "path").isEmpty();
            boolean aimed = inPath || !uuidParameters(route, "query").isEmpty();
            for (UUID id : aimed ? b.identifiers() : Collections.<UUID>singleton(null)) {
                String path = fillPath(route, id);
                var response = takesFile(route)
                        ? Api.upload(path, tokenOfA.get(), "isolation-probe.txt", "Isolation probe".getBytes(StandardCharsets.UTF_8))
                        : Api.call(route.method().toUpperCase(), path, tokenOfA.get(), body, null);
                calls++;
                check(failures, route, path, response, b, inPath);
            }
        }
        assertThat(failures).as("isolation failures in %d calls", calls).isEmpty();
        assertThat(calls).isGreaterThan(routes.size());
        assertThat(TenantBData.of(DemoTenants.HAI_PHONG).fingerprints()).as("tenant B's data after the walk")
                .isEqualTo(b.fingerprints());
    }

    /** The control: B's own administrator reads B's objects through the same routes, so the aim above is true. */
    @Test
    void theIdentifiersAimedAtAreRealObjectsOfTheOtherTenant() throws Exception {
        TenantBData b = TenantBData.of(DemoTenants.HAI_PHONG);
        String tokenOfB = KeycloakTokens.accessToken("hai-phong-admin");
        for (Route route : routes(Api.get("/v3/api-docs", null).json())) {
            // The national reviewers' routes refuse every tenant user by role (the walk checks that); what they read
            // across unions is the national scope's, shown by the national review's own tests.
            if (!route.method().equals("get") || uuidParameters(route, "path").isEmpty()
                    || route.template().startsWith("/api/v1/national/")) {
                continue;
            }
            long found = b.identifiers().stream()
                    .filter(id -> Api.get(fillPath(route, id), tokenOfB).status() == 200)
                    .count();
            assertThat(found).as("objects of B that B reads through GET %s", route.template()).isPositive();
        }
    }

    private static void check(List<String> failures, Route route, String path, Api.Response response, TenantBData b,
                              boolean aimedAtB) {
        String call = route.method().toUpperCase() + " " + path;
        if (aimedAtB && response.status() != 403 && response.status() != 404) {
            failures.add(call + ": status " + response.status() + " instead of 403 or 404");
        }
        if (response.status() >= 500) {
            failures.add(call + ": status " + response.status());
        }
        String bodyWithoutPath = response.body().replace(path, "");
        for (UUID id : b.identifiers()) {
            if (bodyWithoutPath.contains(id.toString())) {
                failures.add(call + ": the response names tenant B's identifier " + id);
            }
        }
        for (String text : b.texts()) {
            if (bodyWithoutPath.contains(text)) {
                failures.add(call + ": the response carries tenant B's data \"" + text + "\"");
            }
        }
    }

    private static List<Route> routes(JsonNode openApi) {
        var routes = new ArrayList<Route>();
        for (Map.Entry<String, JsonNode> path : openApi.path("paths").properties()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (Set.of("get", "post", "put", "patch", "delete").contains(operation.getKey())) {
                    routes.add(new Route(operation.getKey(), path.getKey(), operation.getValue()));
                }
            }
        }
        return routes;
    }

    private static List<String> uuidParameters(Route route, String in) {
        var names = new ArrayList<String>();
        for (JsonNode parameter : route.operation().path("parameters")) {
            if (in.equals(parameter.path("in").asString()) && "uuid".equals(parameter.path("schema").path("format").asString())) {
                names.add(parameter.path("name").asString());
            }
        }
        return names;
    }

    /** B's identifier in each uuid parameter of the path and the query, a plausible value in any other. */
    private static String fillPath(Route route, UUID id) {
        var schemas = new HashMap<String, JsonNode>();
        var query = new StringJoiner("&", "?", "").setEmptyValue("");
        for (JsonNode parameter : route.operation().path("parameters")) {
            String name = parameter.path("name").asString();
            JsonNode schema = parameter.path("schema");
            schemas.put(name, schema);
            boolean uuid = "uuid".equals(schema.path("format").asString());
            if ("query".equals(parameter.path("in").asString()) && ((uuid && id != null) || parameter.path("required").asBoolean())) {
                query.add(name + "=" + value(schema, id));
            }
        }
        Matcher matcher = PATH_PARAMETER.matcher(route.template());
        var path = new StringBuilder();
        while (matcher.find()) {
            JsonNode schema = schemas.getOrDefault(matcher.group(1), JSON.createObjectNode());
            matcher.appendReplacement(path, Matcher.quoteReplacement(value(schema, id)));
        }
        matcher.appendTail(path);
        return path + query.toString();
    }

    private static String value(JsonNode schema, UUID id) {
        return "uuid".equals(schema.path("format").asString()) && id != null
                ? id.toString()
                : URLEncoder.encode(String.valueOf(example(null, schema, null)), StandardCharsets.UTF_8);
    }

    /** An upload (an attachment, an import): sent as a browser sends a file, so it reaches the route's checks. */
    private static boolean takesFile(Route route) {
        return route.operation().path("requestBody").path("content").has("multipart/form-data");
    }

    private static String exampleBody(JsonNode openApi, JsonNode operation, UUID aimedAt) {
        JsonNode content = operation.path("requestBody").path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            return null;
        }
        JsonNode schema = content.has("application/json") ? content.path("application/json").path("schema")
                : content.properties().iterator().next().getValue().path("schema");
        return JSON.writeValueAsString(example(openApi, schema, aimedAt));
    }

    /** A value the schema accepts; identifiers point at tenant B's object. */
    private static Object example(JsonNode openApi, JsonNode schema, UUID aimedAt) {
        return new SchemaExamples(openApi, () -> aimedAt == null ? UUID.randomUUID().toString() : aimedAt.toString(),
                "Isolation probe").example(schema);
    }
}
