package vn.vusta.platform.users;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.vusta.platform.deploy.KeycloakServer;
import vn.vusta.platform.deploy.test.KeycloakTokens;
import vn.vusta.platform.deploy.test.TestStack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Keycloak's accounts as its administrator sees them (the master realm's admin, not the platform's service account),
 * for tests that compare what an attack could have changed: username, e-mail, enabled, realm roles, organizations,
 * required actions and the credentials' creation dates.
 */
public final class KeycloakAccounts {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private KeycloakAccounts() {
    }

    /** Every account of the realm, service accounts included (Keycloak's search leaves them out): username to id. */
    public static Map<String, String> all() {
        var accounts = new TreeMap<String, String>();
        for (JsonNode user : get("/users?max=10000&briefRepresentation=true")) {
            accounts.put(user.path("username").asString(), user.path("id").asString());
        }
        for (JsonNode client : get("/clients?max=1000")) {
            if (client.path("serviceAccountsEnabled").asBoolean()) {
                JsonNode user = get("/clients/" + client.path("id").asString() + "/service-account-user");
                accounts.put(user.path("username").asString(), user.path("id").asString());
            }
        }
        return accounts;
    }

    public static String id(String username) {
        if (username.startsWith("service-account-")) {
            return all().get(username);
        }
        JsonNode users = get("/users?exact=true&username=" + encode(username));
        if (users.isEmpty()) {
            throw new AssertionError("No account " + username);
        }
        return users.get(0).path("id").asString();
    }

    public static String email(String username) {
        return get("/users/" + id(username)).path("email").asString();
    }

    /** What an attack could change of each account, by username. */
    public static Map<String, String> state(Collection<String> usernames) {
        var state = new TreeMap<String, String>();
        for (String username : usernames) {
            state.put(username, state(id(username)));
        }
        return state;
    }

    /** The same for one account, by id. */
    public static String state(String userId) {
        JsonNode user = get("/users/" + userId);
        var roles = new TreeSet<String>();
        get("/users/" + userId + "/role-mappings/realm").forEach(r -> roles.add(r.path("name").asString()));
        var organizations = new TreeSet<String>();
        get("/organizations/members/" + userId + "/organizations").forEach(o -> organizations.add(o.path("alias").asString()));
        var credentials = new TreeSet<String>();
        get("/users/" + userId + "/credentials").forEach(c ->
                credentials.add(c.path("type").asString() + "@" + c.path("createdDate").asLong()));
        var actions = new TreeSet<String>();
        user.path("requiredActions").forEach(a -> actions.add(a.asString()));
        return "username=" + user.path("username").asString() + " email=" + user.path("email").asString()
                + " enabled=" + user.path("enabled").asBoolean() + " emailVerified=" + user.path("emailVerified").asBoolean()
                + " roles=" + roles + " organizations=" + organizations + " credentials=" + credentials
                + " requiredActions=" + actions;
    }

    /** The credentials of an account (an invited person has none until they choose a password). */
    public static List<JsonNode> credentials(String userId) {
        var credentials = new ArrayList<JsonNode>();
        get("/users/" + userId + "/credentials").forEach(credentials::add);
        return credentials;
    }

    /** A test account with a password, made directly in Keycloak (as a careless operator could). */
    public static String create(String username, String email, String password, List<String> realmRoles,
                                List<String> organizationAliases) {
        var created = send("POST", "/users", JSON.writeValueAsString(Map.of("username", username, "email", email,
                "emailVerified", true, "enabled", true, "firstName", "Thử", "lastName", "Nghiệm",
                "credentials", List.of(Map.of("type", "password", "value", password, "temporary", false)))));
        String location = created.headers().firstValue("Location").orElseThrow(() -> new AssertionError(created.body()));
        String userId = location.substring(location.lastIndexOf('/') + 1);
        var roles = new ArrayList<JsonNode>();
        for (String role : realmRoles) {
            roles.add(get("/roles/" + role));
        }
        send("POST", "/users/" + userId + "/role-mappings/realm", JSON.writeValueAsString(roles));
        for (String alias : organizationAliases) {
            String organization = null;
            for (JsonNode o : get("/organizations?max=1000")) {
                if (o.path("alias").asString().equals(alias)) {
                    organization = o.path("id").asString();
                }
            }
            send("POST", "/organizations/" + organization + "/members", "\"" + userId + "\"");
        }
        return userId;
    }

    public static void delete(String userId) {
        send("DELETE", "/users/" + userId, null);
    }

    private static JsonNode get(String path) {
        var response = send("GET", path, null);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + ": " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> send(String method, String path, String json) {
        var request = HttpRequest.newBuilder(URI.create(TestStack.current().keycloakUrl() + "/admin/realms/"
                        + KeycloakServer.REALM + path))
                .header("Authorization", "Bearer " + adminToken())
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String token;
    private static long tokenUntil;

    /** The master realm administrator's token, kept for 20 seconds (it lives a minute). */
    private static synchronized String adminToken() {
        if (token == null || System.currentTimeMillis() > tokenUntil) {
            token = KeycloakTokens.adminToken();
            tokenUntil = System.currentTimeMillis() + 20_000;
        }
        return token;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
