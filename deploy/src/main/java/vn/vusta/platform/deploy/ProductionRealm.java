package vn.vusta.platform.deploy;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The realm as production imports it, made from the local realm so that the two cannot drift: the same roles,
 * flows, policies, events and clients, without what only local development has — the demo users and their
 * authenticators, the demo organizations, the clients marked {@code vusta.local-only} (the password grant of
 * {@code platform-dev-cli}) with the flows bound to them, and every local secret. Client secrets and mail settings come from the environment
 * through Keycloak's {@code ${VAR}} placeholders; the placeholders' local defaults are dropped, so production must
 * set each of them.
 *
 * <p>Written to {@value #PRODUCTION_RESOURCE} under {@code src/main/resources}; {@code ProductionRealmTest} fails
 * when the committed file is not what the local realm gives, and rewrites it when run with
 * {@code -Dvusta.production-realm.write=true}.
 */
public final class ProductionRealm {

    public static final String LOCAL_RESOURCE = "/keycloak/vusta-realm.json";
    public static final String PRODUCTION_RESOURCE = "/keycloak/production/vusta-realm.json";
    static final String LOCAL_ONLY = "vusta.local-only";
    private static final Pattern PLACEHOLDER_DEFAULT = Pattern.compile("\\$\\{([A-Z0-9_]+):[^}]*}");
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ProductionRealm() {
    }

    /** The production realm made from the local one. */
    public static ObjectNode fromLocal() {
        ObjectNode realm = (ObjectNode) read(LOCAL_RESOURCE);
        realm.remove("organizations");
        ((ObjectNode) realm.get("attributes")).put("vusta.environment", "production: no demo users, secrets from the environment");

        ArrayNode users = realm.putArray("users");
        for (JsonNode user : read(LOCAL_RESOURCE).path("users")) {
            // Only service accounts: their rights are part of the realm, their credentials are their client's secret.
            if (user.has("serviceAccountClientId")) {
                ((ObjectNode) user).remove("credentials");
                users.add(user);
            }
        }

        ArrayNode clients = realm.putArray("clients");
        var localOnlyFlows = new java.util.HashSet<String>();
        for (JsonNode client : read(LOCAL_RESOURCE).path("clients")) {
            if (client.path("attributes").path(LOCAL_ONLY).asString("false").equals("true")) {
                // So are the flows bound to it alone (the password grant without a one-time code).
                client.path("authenticationFlowBindingOverrides").forEach(flow -> localOnlyFlows.add(flow.asString()));
                continue;
            }
            if (client.has("secret")) {
                ((ObjectNode) client).put("secret", "${" + environmentName(client.path("clientId").asString()) + "_CLIENT_SECRET}");
            }
            clients.add(client);
        }

        ArrayNode flows = realm.putArray("authenticationFlows");
        for (JsonNode flow : read(LOCAL_RESOURCE).path("authenticationFlows")) {
            if (!localOnlyFlows.contains(flow.path("id").asString())) {
                flows.add(flow);
            }
        }

        if (realm.has("smtpServer")) {
            ObjectNode smtp = (ObjectNode) realm.get("smtpServer");
            for (String key : smtp.propertyNames()) {
                smtp.put(key, "${VUSTA_SMTP_" + environmentName(key) + "}");
            }
        }
        return (ObjectNode) withoutPlaceholderDefaults(realm);
    }

    /** {@code platform-web} → {@code VUSTA_PLATFORM_WEB}; {@code replyToDisplayName} → {@code REPLY_TO_DISPLAY_NAME}. */
    static String environmentName(String name) {
        String snake = name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("[^A-Za-z0-9]+", "_").toUpperCase(Locale.ROOT);
        return name.contains("-") ? "VUSTA_" + snake : snake;
    }

    private static JsonNode withoutPlaceholderDefaults(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (String key : object.propertyNames()) {
                object.set(key, withoutPlaceholderDefaults(object.get(key)));
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, withoutPlaceholderDefaults(array.get(i)));
            }
        } else if (node.isString()) {
            return StringNode.valueOf(PLACEHOLDER_DEFAULT.matcher(node.asString()).replaceAll("\\${$1}"));
        }
        return node;
    }

    public static JsonNode read(String resource) {
        try (InputStream in = ProductionRealm.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No resource " + resource);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the production realm into the source tree (the module's folder is the working directory). */
    public static void write(Path sourceFile) {
        try {
            Files.createDirectories(sourceFile.getParent());
            Files.writeString(sourceFile, JSON.writeValueAsString(fromLocal()) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
