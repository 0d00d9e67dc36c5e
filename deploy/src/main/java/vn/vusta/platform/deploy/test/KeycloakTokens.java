package vn.vusta.platform.deploy.test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.vusta.platform.deploy.LocalCredentials;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Real tokens from the test stack's Keycloak: the password grant of {@code platform-dev-cli}, the client marked
 * for local development and tests, and an administrator token for the admin REST API.
 */
public final class KeycloakTokens {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, Object> SIGNING_IN = new ConcurrentHashMap<>();

    private KeycloakTokens() {
    }

    /** An access token of a demo user (password {@link LocalCredentials#DEMO_PASSWORD}). */
    public static String accessToken(String username) {
        return accessToken(TestStack.current().keycloakUrl(), username);
    }

    /** The same, requested through another base URL (another host name gives another issuer). */
    public static String accessToken(String keycloakUrl, String username) {
        return accessToken(keycloakUrl, username, LocalCredentials.DEMO_PASSWORD);
    }

    /**
     * One password grant of a user at a time: with brute-force detection on, Keycloak refuses a login of a user while
     * another of the same user is under way ("Invalid user credentials"), as it would an attacker's parallel guesses.
     */
    public static String accessToken(String keycloakUrl, String username, String password) {
        synchronized (SIGNING_IN.computeIfAbsent(keycloakUrl + " " + username, key -> new Object())) {
            return token(keycloakUrl + "/realms/vusta/protocol/openid-connect/token", Map.of(
                    "grant_type", "password", "client_id", "platform-dev-cli", "scope", "openid",
                    "username", username, "password", password));
        }
    }

    /**
     * A demo user's token for a long walk: a new one is asked for once the held one is a minute old, so a walk that
     * outlasts the realm's access-token lifespan (5 minutes) on a loaded machine keeps being that user, not anonymous.
     */
    public static Supplier<String> renewed(String username) {
        return new Supplier<>() {
            private String token;
            private long takenAt;

            @Override
            public synchronized String get() {
                if (token == null || System.nanoTime() - takenAt > java.util.concurrent.TimeUnit.MINUTES.toNanos(1)) {
                    token = accessToken(username);
                    takenAt = System.nanoTime();
                }
                return token;
            }
        };
    }

    /** A client-credentials token of a confidential client. */
    public static String clientToken(String clientId, String secret) {
        return token(TestStack.current().keycloakUrl() + "/realms/vusta/protocol/openid-connect/token", Map.of(
                "grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    /** A token of the master realm's administrator, for the admin REST API. */
    public static String adminToken() {
        return token(TestStack.current().keycloakUrl() + "/realms/master/protocol/openid-connect/token", Map.of(
                "grant_type", "password", "client_id", "admin-cli",
                "username", LocalCredentials.KEYCLOAK_ADMIN, "password", LocalCredentials.KEYCLOAK_ADMIN_PASSWORD));
    }

    private static String token(String endpoint, Map<String, String> form) {
        String body = new LinkedHashMap<>(form).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token (" + response.statusCode() + "): " + response.body());
            }
            JsonNode json = JSON.readTree(response.body());
            return json.path("access_token").asString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
