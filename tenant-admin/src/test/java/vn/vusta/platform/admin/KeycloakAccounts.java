package vn.vusta.platform.admin;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.vusta.platform.deploy.test.KeycloakTokens;
import vn.vusta.platform.deploy.test.TestStack;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Accounts as Keycloak holds them, read and arranged through its Admin REST API as the realm's administrator, not
 * through the platform: what a test compares before and after a deletion or a merge.
 */
final class KeycloakAccounts {

    /** An account's state: whether it exists, its organizations (aliases) and its direct realm roles. */
    record State(boolean exists, Set<String> organizations, Set<String> roles) {
        static final State GONE = new State(false, Set.of(), Set.of());
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private KeycloakAccounts() {
    }

    static State state(String email) throws Exception {
        Optional<String> id = userId(email);
        if (id.isEmpty()) {
            return State.GONE;
        }
        var organizations = new TreeSet<String>();
        get("/organizations/members/" + id.get() + "/organizations")
                .forEach(organization -> organizations.add(organization.path("alias").asString()));
        var roles = new TreeSet<String>();
        get("/users/" + id.get() + "/role-mappings/realm").forEach(role -> roles.add(role.path("name").asString()));
        roles.retainAll(Set.of("platform-admin", "national-reviewer", "tenant-admin", "tenant-editor", "tenant-viewer",
                "tenant-approver"));
        return new State(true, organizations, roles);
    }

    static Optional<String> userId(String email) throws Exception {
        JsonNode users = get("/users?exact=true&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8));
        return users.isEmpty() ? Optional.empty() : Optional.of(users.get(0).path("id").asString());
    }

    /** A new enabled account with the realm role, in no organization. */
    static String createUser(String email, String firstName, String lastName, String realmRole) throws Exception {
        var created = send("POST", "/users", JSON.writeValueAsString(java.util.Map.of("username", email, "email", email,
                "emailVerified", true, "enabled", true, "firstName", firstName, "lastName", lastName)));
        if (created.statusCode() != 201) {
            throw new IllegalStateException("user not created: " + created.body());
        }
        String id = userId(email).orElseThrow();
        String role = get("/roles/" + realmRole).toString();
        send("POST", "/users/" + id + "/role-mappings/realm", "[" + role + "]");
        return id;
    }

    /** Makes the account a member of the organization too, as Keycloak allows and the platform must survive. */
    static void addToOrganization(String alias, String userId) throws Exception {
        for (JsonNode organization : get("/organizations?max=1000")) {
            if (alias.equals(organization.path("alias").asString())) {
                var added = send("POST", "/organizations/" + organization.path("id").asString() + "/members", "\"" + userId + "\"");
                if (added.statusCode() / 100 != 2) {
                    throw new IllegalStateException("not added: " + added.body());
                }
                return;
            }
        }
        throw new IllegalArgumentException("no organization " + alias);
    }

    /** A permanent password and no pending action, so the test can sign in as the account. */
    static void setPassword(String email, String password) throws Exception {
        String id = userId(email).orElseThrow();
        send("PUT", "/users/" + id, "{\"requiredActions\": []}");
        var reset = send("PUT", "/users/" + id + "/reset-password",
                "{\"type\": \"password\", \"value\": \"" + password + "\", \"temporary\": false}");
        if (reset.statusCode() / 100 != 2) {
            throw new IllegalStateException("password not set: " + reset.body());
        }
    }

    /** The claims of an access token, unverified: the test only reads what Keycloak put in. */
    static JsonNode claims(String token) {
        return JSON.readTree(new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    private static JsonNode get(String path) throws Exception {
        return JSON.readTree(send("GET", path, null).body());
    }

    private static HttpResponse<String> send(String method, String path, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(TestStack.current().keycloakUrl() + "/admin/realms/vusta" + path))
                .header("Authorization", "Bearer " + KeycloakTokens.adminToken())
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
