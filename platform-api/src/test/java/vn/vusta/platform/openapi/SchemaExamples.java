package vn.vusta.platform.openapi;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Values an OpenAPI schema of the API accepts, for the harnesses that walk every route from the document (the
 * isolation harness aims identifiers at another union's objects, the fuzzing harness at nothing).
 */
public final class SchemaExamples {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JsonNode document;
    private final Supplier<String> identifiers;
    private final String probe;

    /**
     * @param document    the OpenAPI document, for {@code $ref}s to its components (null: none are followed)
     * @param identifiers the value of each {@code uuid}
     * @param probe       how free texts begin, so a row the walk wrote is recognisable
     */
    public SchemaExamples(JsonNode document, Supplier<String> identifiers, String probe) {
        this.document = document;
        this.identifiers = identifiers;
        this.probe = probe;
    }

    /** The schema a {@code $ref} names, else the schema itself. */
    public JsonNode resolve(JsonNode schema) {
        if (schema.has("$ref") && document != null) {
            String name = schema.path("$ref").asString().substring("#/components/schemas/".length());
            return resolve(document.path("components").path("schemas").path(name));
        }
        return schema;
    }

    public Object example(JsonNode schema) {
        schema = resolve(schema);
        if (schema.has("enum")) {
            return schema.path("enum").get(0).asString();
        }
        if (schema.has("example")) {
            return schema.path("example");
        }
        String type = schema.path("type").isArray() ? schema.path("type").get(0).asString() : schema.path("type").asString();
        return switch (type) {
            case "object" -> {
                ObjectNode object = JSON.createObjectNode();
                for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                    object.putPOJO(property.getKey(), example(property.getValue()));
                }
                yield object;
            }
            case "array" -> List.of();
            case "integer", "number" -> 2024;
            case "boolean" -> false;
            default -> switch (schema.path("format").asString()) {
                case "uuid" -> identifiers.get();
                case "date" -> "2024-06-30";
                case "date-time" -> "2024-06-30T00:00:00Z";
                case "email" -> probe.toLowerCase().replace(' ', '.') + "@example.vn";
                default -> probe + " " + UUID.randomUUID().toString().substring(0, 8);
            };
        };
    }
}
