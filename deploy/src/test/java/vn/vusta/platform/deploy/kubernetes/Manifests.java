package vn.vusta.platform.deploy.kubernetes;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The manifests of deploy/kubernetes as Kubernetes renders them: {@code kubectl kustomize} of an overlay (the kubectl
 * that deploy/kubernetes/kubectl fetches), read into fabric8's model of the Kubernetes API.
 */
final class Manifests {

    static final Path FOLDER = Path.of("kubernetes");
    static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    private static final ObjectMapper YAML = YAMLMapper.builder().build();

    private Manifests() {
    }

    /** Runs deploy/kubernetes/kubectl with these arguments and gives what it printed; fails on a non-zero exit. */
    static String kubectl(Map<String, String> environment, String... arguments) {
        var command = new ArrayList<String>();
        command.add(FOLDER.resolve("kubectl").toAbsolutePath().toString());
        command.addAll(List.of(arguments));
        return run(command, environment);
    }

    static String run(List<String> command, Map<String, String> environment) {
        try {
            var builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
            builder.environment().putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
            builder.environment().putAll(environment);
            Process process = builder.start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed: " + new String(output, StandardCharsets.UTF_8));
            }
            return new String(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The documents of {@code kubectl kustomize} of an overlay (local, production). */
    static List<JsonNode> render(String overlay) {
        return documents(kubectl(Map.of(), "kustomize", FOLDER.resolve("overlays").resolve(overlay).toString()));
    }

    static List<JsonNode> documents(String yaml) {
        var documents = new ArrayList<JsonNode>();
        try (var values = YAML.readerFor(JsonNode.class).<JsonNode>readValues(yaml)) {
            while (values.hasNextValue()) {
                JsonNode document = values.nextValue();
                if (document != null && !document.isNull() && !document.isEmpty()) {
                    documents.add(document);
                }
            }
        }
        return documents;
    }

    /** The document as the resource class fabric8 registers for its apiVersion and kind, or null for a custom one. */
    static HasMetadata typed(JsonNode document) {
        Class<? extends KubernetesResource> type = SERIALIZATION.getRegisteredKubernetesResource(
                document.path("apiVersion").asString(), document.path("kind").asString());
        if (type == null || type == GenericKubernetesResource.class) {
            return null;
        }
        return (HasMetadata) SERIALIZATION.unmarshal(document.toString(), type);
    }

    static ObjectMeta metadata(JsonNode document) {
        return SERIALIZATION.unmarshal(document.path("metadata").toString(), ObjectMeta.class);
    }

    static String kindAndName(JsonNode document) {
        return document.path("kind").asString() + "/" + document.path("metadata").path("name").asString();
    }

    /**
     * The fields of the model that fabric8 did not know: it keeps them in each object's additional properties
     * instead of refusing them, so they are looked for in the whole object graph.
     */
    static List<String> unknownFields(Object object, String path) {
        var unknown = new ArrayList<String>();
        collectUnknown(object, path, unknown);
        return unknown;
    }

    private static void collectUnknown(Object value, String path, List<String> unknown) {
        if (value == null) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                collectUnknown(item, path + "[" + i++ + "]", unknown);
            }
            return;
        }
        if (value instanceof Map<?, ?> entries) {
            entries.forEach((key, item) -> collectUnknown(item, path + "." + key, unknown));
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            Object property;
            try {
                property = getter.invoke(value);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                ((Map<?, ?>) property).keySet().forEach(name -> unknown.add(path + "." + name));
            } else {
                collectUnknown(property, path + "." + decapitalize(getter.getName().substring(3)), unknown);
            }
        }
    }

    private static String decapitalize(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
