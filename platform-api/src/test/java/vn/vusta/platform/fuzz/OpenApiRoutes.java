package vn.vusta.platform.fuzz;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.vusta.platform.openapi.SchemaExamples;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The API's routes as its OpenAPI document describes them, and plausible values for what each takes. */
final class OpenApiRoutes {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

    /** One operation: its parameters by where they go, and its request body's schema (resolved), if any. */
    record Route(String method, String template, Map<String, JsonNode> pathParameters,
                 Map<String, JsonNode> queryParameters, Set<String> requiredQuery, JsonNode jsonBody, boolean multipart) {

        String name() {
            return method.toUpperCase() + " " + template;
        }

        /** The top-level properties of a JSON object body, each a target of its own. */
        List<String> bodyProperties() {
            var names = new ArrayList<String>();
            if (jsonBody != null) {
                jsonBody.path("properties").properties().forEach(property -> names.add(property.getKey()));
            }
            return names;
        }
    }

    private final JsonNode document;
    private final SchemaExamples examples;

    OpenApiRoutes(JsonNode document) {
        this.document = document;
        this.examples = new SchemaExamples(document, () -> UUID.randomUUID().toString(), "Fuzz probe");
    }

    List<Route> all() {
        var routes = new ArrayList<Route>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (!Set.of("get", "post", "put", "patch", "delete").contains(operation.getKey())) {
                    continue;
                }
                var pathParameters = new LinkedHashMap<String, JsonNode>();
                var queryParameters = new LinkedHashMap<String, JsonNode>();
                var required = new java.util.HashSet<String>();
                for (JsonNode parameter : operation.getValue().path("parameters")) {
                    String name = parameter.path("name").asString();
                    JsonNode schema = resolve(parameter.path("schema"));
                    switch (parameter.path("in").asString()) {
                        case "path" -> pathParameters.put(name, schema);
                        case "query" -> {
                            queryParameters.put(name, schema);
                            if (parameter.path("required").asBoolean()) {
                                required.add(name);
                            }
                        }
                        default -> {
                        }
                    }
                }
                JsonNode content = operation.getValue().path("requestBody").path("content");
                JsonNode body = content.has("application/json") ? resolve(content.path("application/json").path("schema")) : null;
                routes.add(new Route(operation.getKey(), path.getKey(), pathParameters, queryParameters, required, body,
                        content.has("multipart/form-data")));
            }
        }
        return routes;
    }

    /** The path with a plausible value in each parameter (identifiers of nothing: a write reaches no real object). */
    String path(Route route) {
        Matcher matcher = PATH_PARAMETER.matcher(route.template());
        var path = new StringBuilder();
        while (matcher.find()) {
            JsonNode schema = route.pathParameters().getOrDefault(matcher.group(1), JSON.createObjectNode());
            String value = JSON.convertValue(example(schema), JsonNode.class).asString();
            matcher.appendReplacement(path, Matcher.quoteReplacement(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    /** The required query parameters with plausible values, but for the one under test. */
    Map<String, String> query(Route route, String except) {
        var query = new LinkedHashMap<String, String>();
        for (String name : route.requiredQuery()) {
            if (!name.equals(except)) {
                String value = JSON.convertValue(example(route.queryParameters().get(name)), JsonNode.class).asString();
                query.put(name, URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return query;
    }

    /** A body the schema accepts, as raw JSON of each top-level property (so one can be replaced by a hostile one). */
    Map<String, String> body(Route route) {
        var body = new LinkedHashMap<String, String>();
        for (Map.Entry<String, JsonNode> property : route.jsonBody().path("properties").properties()) {
            body.put(property.getKey(), JSON.writeValueAsString(example(property.getValue())));
        }
        return body;
    }

    /** The body's schema is an object of properties (most), or something else (a list, a string). */
    static boolean isObject(JsonNode schema) {
        return schema != null && schema.has("properties");
    }

    private JsonNode resolve(JsonNode schema) {
        return examples.resolve(schema);
    }

    private Object example(JsonNode schema) {
        return examples.example(schema);
    }
}
