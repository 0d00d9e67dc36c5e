package vn.vusta.platform.deploy.kubernetes;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks a custom resource (CloudNativePG's Cluster, Database, ScheduledBackup, the barman-cloud plugin's
 * ObjectStore) field by field against the strict subset of its CRD in kubernetes/custom-resources.yaml: a field
 * that is not there, a wrong type or value, a missing required field is an error.
 */
final class CustomResourceFields {

    private final JsonNode schemas;

    private CustomResourceFields(JsonNode schemas) {
        this.schemas = schemas;
    }

    static CustomResourceFields load() {
        try (InputStream in = CustomResourceFields.class.getResourceAsStream("/kubernetes/custom-resources.yaml")) {
            return new CustomResourceFields(YAMLMapper.builder().build().readTree(in));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    boolean knows(JsonNode document) {
        return schemas.has(key(document));
    }

    /** The errors of a document whose kind is known here (its metadata is checked as ObjectMeta elsewhere). */
    List<String> errors(JsonNode document) {
        var errors = new ArrayList<String>();
        JsonNode schema = schemas.path(key(document));
        for (var field : document.properties()) {
            if (!List.of("apiVersion", "kind", "metadata").contains(field.getKey())) {
                check(field.getValue(), fieldSchema(schema, field.getKey()), field.getKey(), errors);
            }
        }
        required(document, schema, "", errors);
        return errors;
    }

    private static String key(JsonNode document) {
        return document.path("apiVersion").asString() + "/" + document.path("kind").asString();
    }

    private static JsonNode fieldSchema(JsonNode schema, String name) {
        if (schema.has(name)) {
            return schema.get(name);
        }
        return schema.path(name + "!");
    }

    private static void required(JsonNode value, JsonNode schema, String path, List<String> errors) {
        for (var field : schema.properties()) {
            String name = field.getKey();
            if (name.endsWith("!") && !value.has(name.substring(0, name.length() - 1))) {
                errors.add(path + name.substring(0, name.length() - 1) + ": required");
            }
        }
    }

    private static void check(JsonNode value, JsonNode schema, String path, List<String> errors) {
        if (schema.isMissingNode()) {
            errors.add(path + ": unknown field");
        } else if (schema.isObject()) {
            if (!value.isObject()) {
                errors.add(path + ": must be an object");
                return;
            }
            for (var field : value.properties()) {
                check(field.getValue(), fieldSchema(schema, field.getKey()), path + "." + field.getKey(), errors);
            }
            required(value, schema, path + ".", errors);
        } else if (schema.isArray()) {
            if (!value.isArray()) {
                errors.add(path + ": must be an array");
                return;
            }
            for (int i = 0; i < value.size(); i++) {
                check(value.get(i), schema.get(0), path + "[" + i + "]", errors);
            }
        } else {
            String type = schema.asString();
            boolean valid = switch (type.split(" ", 2)[0]) {
                case "string" -> value.isString();
                case "integer" -> value.isIntegralNumber();
                case "boolean" -> value.isBoolean();
                case "quantity" -> value.isString() || value.isIntegralNumber();
                case "object" -> value.isObject();
                case "strings" -> value.isObject() && value.valueStream().allMatch(JsonNode::isString);
                case "enum" -> value.isString() && List.of(type.substring(5).split(" ")).contains(value.asString());
                case "pattern" -> value.isString() && Pattern.matches(type.substring(8), value.asString());
                default -> throw new IllegalStateException("unknown type in custom-resources.yaml: " + type);
            };
            if (!valid) {
                errors.add(path + ": " + value + " is not " + type);
            }
        }
    }
}
