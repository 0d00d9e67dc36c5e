package vn.vusta.platform.identity;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The platform's calls to Keycloak's Admin REST API, made as the {@code platform-provisioner} service account: no
 * user ever gets rights in Keycloak's own console. Finding comes before creating everywhere, so a step that is
 * repeated after a failure does not create twice.
 */
@Component
public class KeycloakAdmin {

    /** Keycloak did not answer or refused: the step can be retried once it is back. */
    public static class KeycloakUnavailableException extends RuntimeException {
        KeycloakUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Someone to invite: their e-mail is also their username. */
    public record NewUser(String email, String firstName, String lastName) {
    }

    /**
     * The account is not a member of the organization the caller acts for, or is a member of another one too (or
     * does not exist): nothing was changed. Says nothing else about the account, so the refusal leaks nothing.
     */
    public static class OutsideOrganizationException extends RuntimeException {
        private final String userId;
        private final List<Organization> organizations;

        OutsideOrganizationException(String userId, String organizationId, List<Organization> organizations) {
            super("The account " + userId + " is not a member of the organization " + organizationId + " alone");
            this.userId = userId;
            this.organizations = List.copyOf(organizations);
        }

        /** The account's id, for the audit log only. */
        public String userId() {
            return userId;
        }

        /** Where the account belongs, for the audit log of those unions only: never shown to the caller. */
        public List<Organization> organizations() {
            return organizations;
        }
    }

    /** A Keycloak organization: its alias is the tenant's code. */
    public record Organization(String id, String alias) {
    }

    /** What an invitation did: {@code invited} is false when the person already was a user of the organization. */
    public record Invitation(String userId, boolean invited) {
    }

    /**
     * Where the links of Keycloak's action e-mails lead and how long they stay valid.
     *
     * @param clientId    the client whose redirect URI the e-mail's last page leads back to
     * @param redirectUri an address of that client's redirect URIs (the platform's home page)
     */
    public record ActionEmails(Duration lifespan, String clientId, String redirectUri) {
    }

    private final RestClient http;
    /** For the calls after which Keycloak sends an e-mail before it answers: as slow as the operator's SMTP server. */
    private final RestClient mailing;
    private final String keycloakUrl;
    private final String realm;
    private final String clientId;
    private final String clientSecret;
    private final ActionEmails actionEmails;
    private final MeterRegistry meters;

    KeycloakAdmin(KeycloakProperties keycloak,
                  @Value("${vusta.invitations.lifespan:PT72H}") Duration invitationLifespan,
                  @Value("${vusta.invitations.client-id:platform-web}") String invitationClientId,
                  @Value("${vusta.invitations.redirect-uri:http://127.0.0.1:8080/}") String invitationRedirectUri,
                  MeterRegistry meters) {
        this.meters = meters;
        // A Keycloak that hangs must not hold the request: short timeouts, then KeycloakUnavailableException (503).
        var requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(keycloak.connectTimeout());
        requests.setReadTimeout(keycloak.readTimeout());
        this.http = RestClient.builder().requestFactory(requests).build();
        var mailingRequests = new SimpleClientHttpRequestFactory();
        mailingRequests.setConnectTimeout(keycloak.connectTimeout());
        mailingRequests.setReadTimeout(keycloak.mailTimeout());
        this.mailing = RestClient.builder().requestFactory(mailingRequests).build();
        this.keycloakUrl = keycloak.url();
        this.realm = keycloak.realm();
        this.clientId = keycloak.provisioner().clientId();
        this.clientSecret = keycloak.provisioner().clientSecret();
        this.actionEmails = new ActionEmails(invitationLifespan, invitationClientId, invitationRedirectUri);
    }

    /** The organization with this alias, created if there is none; its id. */
    public String ensureOrganization(String alias, String name) {
        return call(token -> findOrganization(token, alias).orElseGet(() -> {
            URI created = http.post().uri(admin("/organizations")).headers(h -> h.setBearerAuth(token))
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("name", name, "alias", alias, "enabled", true,
                            "domains", List.of(Map.of("name", alias + ".lhh.vusta.vn", "verified", false))))
                    .retrieve().toBodilessEntity().getHeaders().getLocation();
            return lastSegment(created);
        }));
    }

    public Optional<String> findOrganization(String alias) {
        return call(token -> findOrganization(token, alias));
    }

    /**
     * Invites a person into the organization with the realm role: a new account, without any password, and
     * Keycloak's own e-mail asking them to verify their address and choose a password through a link valid for the
     * configured time. An account that has this e-mail or username already is never changed: when it is a member of
     * this organization alone the invitation is a no-op ({@code invited} false); anywhere else (another union, the
     * national union's or the platform's staff, several organizations) it is refused.
     *
     * @param resendWhileNoPassword when the person is a member already but has never chosen a password, send the
     *                              e-mail again (a retry after a failure between creating and mailing)
     */
    public Invitation invite(String organizationId, NewUser user, String realmRole, boolean resendWhileNoPassword) {
        return call(token -> {
            Optional<String> existing = findUserByEmail(token, user.email()).or(() -> findUserByUsername(token, user.email()));
            if (existing.isPresent()) {
                String userId = existing.get();
                requireSoleMember(token, organizationId, userId);
                if (resendWhileNoPassword && credentials(token, userId).isEmpty()) {
                    sendActions(token, userId);
                    return new Invitation(userId, true);
                }
                return new Invitation(userId, false);
            }
            URI created = http.post().uri(admin("/users")).headers(h -> h.setBearerAuth(token))
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("username", user.email(), "email", user.email(), "emailVerified", false,
                            "firstName", user.firstName(), "lastName", user.lastName(), "enabled", true))
                    .retrieve().toBodilessEntity().getHeaders().getLocation();
            String userId = lastSegment(created);
            // Membership first: from here on every guarded method accepts the account as this organization's.
            http.post().uri(admin("/organizations/" + organizationId + "/members")).headers(h -> h.setBearerAuth(token))
                    .contentType(MediaType.APPLICATION_JSON).body("\"" + userId + "\"").retrieve().toBodilessEntity();
            JsonNode role = http.get().uri(admin("/roles/" + realmRole)).headers(h -> h.setBearerAuth(token))
                    .retrieve().body(JsonNode.class);
            http.post().uri(admin("/users/" + userId + "/role-mappings/realm")).headers(h -> h.setBearerAuth(token))
                    .contentType(MediaType.APPLICATION_JSON).body(List.of(role)).retrieve().toBodilessEntity();
            sendActions(token, userId);
            return new Invitation(userId, true);
        });
    }

    /** The id of the account whose e-mail or username this is, if there is one. */
    public Optional<String> findAccount(String emailOrUsername) {
        return call(token -> findUserByEmail(token, emailOrUsername).or(() -> findUserByUsername(token, emailOrUsername)));
    }

    /** The family and given name of the account with this username (login name), if there is one. */
    public Optional<Member> findByUsername(String username) {
        return call(token -> {
            JsonNode users = http.get().uri(admin("/users?exact=true&briefRepresentation=true&username={username}"), username)
                    .headers(h -> h.setBearerAuth(token)).retrieve().body(JsonNode.class);
            if (users.isEmpty()) {
                return Optional.<Member>empty();
            }
            JsonNode user = users.get(0);
            return Optional.of(new Member(user.path("id").asString(), user.path("username").asString(),
                    user.path("email").asString(), user.path("firstName").asString(), user.path("lastName").asString(),
                    user.path("enabled").asBoolean(), Set.of()));
        });
    }

    /** Whether an account has this id. */
    public boolean accountExists(String userId) {
        return call(token -> {
            try {
                http.get().uri(admin("/users/{id}"), userId).headers(h -> h.setBearerAuth(token)).retrieve().toBodilessEntity();
                return true;
            } catch (HttpClientErrorException.NotFound | HttpClientErrorException.BadRequest noSuchAccount) {
                return false;
            }
        });
    }

    /** The organizations the account is a member of; empty for an account of none or no account. */
    public List<Organization> organizationsOf(String userId) {
        return call(token -> organizationsOf(token, userId));
    }

    /** A user of an organization with the realm roles they hold. */
    public record Member(String id, String username, String email, String firstName, String lastName, boolean enabled,
                         Set<String> realmRoles) {
    }

    /** The members of the organization with their realm roles, by family then given name. */
    public List<Member> membersWithRoles(String organizationId) {
        return call(token -> membersWithRoles(token, organizationId));
    }

    /** The users who hold the realm role directly (national reviewers, say), whatever their organization. */
    public List<Member> usersWithRealmRole(String realmRole) {
        return call(token -> {
            var users = new ArrayList<Member>();
            for (JsonNode user : http.get().uri(admin("/roles/" + realmRole + "/users?briefRepresentation=false&max=1000"))
                    .headers(h -> h.setBearerAuth(token)).retrieve().body(JsonNode.class)) {
                users.add(new Member(user.path("id").asString(), user.path("username").asString(),
                        user.path("email").asString(), user.path("firstName").asString(), user.path("lastName").asString(),
                        user.path("enabled").asBoolean(), Set.of(realmRole)));
            }
            users.sort(Comparator.comparing(Member::lastName).thenComparing(Member::firstName));
            return users;
        });
    }

    /**
     * Gives the wanted roles and takes away the others, among the roles that may be managed this way only, to an
     * account of the organization (and of no other).
     */
    public void setRealmRoles(String organizationId, String userId, Set<String> wanted, Set<String> manageable) {
        call(token -> {
            requireSoleMember(token, organizationId, userId);
            replaceRealmRoles(token, userId, wanted, manageable);
            return null;
        });
    }

    /** Enables or disables an account of the organization (and of no other). */
    public void setEnabled(String organizationId, String userId, boolean enabled) {
        call(token -> {
            requireSoleMember(token, organizationId, userId);
            return http.put().uri(admin("/users/" + userId)).headers(h -> h.setBearerAuth(token))
                    .contentType(MediaType.APPLICATION_JSON).body(Map.of("enabled", enabled)).retrieve().toBodilessEntity();
        });
    }

    /** A user a merge moves, with their realm roles before and after the move. */
    public record MovedMember(String id, String username, String email, String firstName, String lastName,
                              Set<String> rolesBefore, Set<String> rolesAfter) {
    }

    /**
     * Moves every member of one organization into another, their tenant roles (among {@code manageable}) replaced by
     * what {@code rolesAfter} decides from the roles they hold. Each user is added to {@code moved} before anything
     * of theirs changes, so a caller that fails half-way knows whom to move back. The roles change before the user
     * joins the target, so there is no moment in which they hold their old roles there. Safe to repeat.
     */
    public void moveMembers(String fromOrganizationId, String toOrganizationId, Set<String> manageable,
                            Function<Member, Set<String>> rolesAfter, List<MovedMember> moved) {
        call(token -> {
            for (Member member : membersWithRoles(token, fromOrganizationId)) {
                Set<String> after = new TreeSet<>(member.realmRoles());
                after.removeAll(manageable);
                after.addAll(rolesAfter.apply(member));
                moved.add(new MovedMember(member.id(), member.username(), member.email(), member.firstName(),
                        member.lastName(), member.realmRoles(), after));
                replaceRealmRoles(token, member.id(), after, manageable);
                move(token, member.id(), fromOrganizationId, toOrganizationId);
            }
            return null;
        });
    }

    /** Undoes {@link #moveMembers} for these users: back into their organization with the roles they had. */
    public void moveMembersBack(String fromOrganizationId, String toOrganizationId, Set<String> manageable,
                                List<MovedMember> moved) {
        call(token -> {
            for (MovedMember member : moved) {
                move(token, member.id(), fromOrganizationId, toOrganizationId);
                replaceRealmRoles(token, member.id(), member.rolesBefore(), manageable);
            }
            return null;
        });
    }

    /** Into the target organization (unless there already), then out of the source (if still there). */
    private void move(String token, String userId, String fromOrganizationId, String toOrganizationId) {
        Set<String> memberOf = new TreeSet<>();
        organizationsOf(token, userId).forEach(organization -> memberOf.add(organization.id()));
        if (!memberOf.contains(toOrganizationId)) {
            http.post().uri(admin("/organizations/" + toOrganizationId + "/members")).headers(h -> h.setBearerAuth(token))
                    .contentType(MediaType.APPLICATION_JSON).body("\"" + userId + "\"").retrieve().toBodilessEntity();
        }
        if (memberOf.contains(fromOrganizationId)) {
            http.delete().uri(admin("/organizations/" + fromOrganizationId + "/members/" + userId))
                    .headers(h -> h.setBearerAuth(token)).retrieve().toBodilessEntity();
        }
    }

    /** Realm roles that no union's deletion may take an account's existence away from. */
    private static final Set<String> PLATFORM_WIDE_ROLES = Set.of(Roles.PLATFORM_ADMIN, Roles.NATIONAL_REVIEWER);

    /** What deleting an organization does to a member's account. */
    public enum Fate {
        /** The account belonged to this organization alone: it is deleted, and its sessions and tokens with it. */
        DELETED,
        /** The account belongs elsewhere too (another organization, or the platform): it only leaves this one. */
        REMOVED_FROM_ORGANIZATION
    }

    /** A member of an organization being deleted: their effective realm roles, their other organizations, their fate. */
    public record DepartingMember(String id, String username, String email, String firstName, String lastName,
                                  Set<String> realmRoles, List<String> otherOrganizations, Fate fate) {
    }

    /** What deleting the organization would do to each member's account; nothing when there is no organization. */
    public List<DepartingMember> departingMembers(String alias) {
        return call(token -> findOrganization(token, alias)
                .map(organizationId -> departingMembers(token, organizationId))
                .orElse(List.of()));
    }

    /**
     * Removes the organization. A member's account is deleted with it only when it belongs to this organization
     * alone and holds no platform-wide role; any other account only leaves the organization. Each member is handed
     * to {@code done} as soon as their account was dealt with, so it can be audited even if a later step fails.
     * Nothing to do when there is no organization; a repeat after a failure finishes the job.
     */
    public List<DepartingMember> deleteOrganizationWithMembers(String alias, Consumer<DepartingMember> done) {
        return call(token -> findOrganization(token, alias).map(organizationId -> {
            List<DepartingMember> departing = departingMembers(token, organizationId);
            for (DepartingMember member : departing) {
                if (member.fate() == Fate.DELETED) {
                    http.delete().uri(admin("/users/" + member.id())).headers(h -> h.setBearerAuth(token))
                            .retrieve().toBodilessEntity();
                } else {
                    http.delete().uri(admin("/organizations/" + organizationId + "/members/" + member.id()))
                            .headers(h -> h.setBearerAuth(token)).retrieve().toBodilessEntity();
                }
                done.accept(member);
            }
            http.delete().uri(admin("/organizations/" + organizationId)).headers(h -> h.setBearerAuth(token))
                    .retrieve().toBodilessEntity();
            return departing;
        }).orElse(List.of()));
    }

    private List<DepartingMember> departingMembers(String token, String organizationId) {
        var departing = new ArrayList<DepartingMember>();
        for (JsonNode user : members(token, organizationId)) {
            String userId = user.path("id").asString();
            // Effective roles: a platform-wide role given through a group or a composite counts as much as a direct one.
            var roles = new TreeSet<String>();
            http.get().uri(admin("/users/" + userId + "/role-mappings/realm/composite")).headers(h -> h.setBearerAuth(token))
                    .retrieve().body(JsonNode.class).forEach(role -> roles.add(role.path("name").asString()));
            var others = new ArrayList<String>();
            http.get().uri(admin("/organizations/members/" + userId + "/organizations?briefRepresentation=true"))
                    .headers(h -> h.setBearerAuth(token)).retrieve().body(JsonNode.class).forEach(organization -> {
                        if (!organizationId.equals(organization.path("id").asString())) {
                            others.add(organization.path("alias").asString());
                        }
                    });
            boolean ownedElsewhere = !others.isEmpty() || roles.stream().anyMatch(PLATFORM_WIDE_ROLES::contains);
            departing.add(new DepartingMember(userId, user.path("username").asString(), user.path("email").asString(),
                    user.path("firstName").asString(), user.path("lastName").asString(), roles, List.copyOf(others),
                    ownedElsewhere ? Fate.REMOVED_FROM_ORGANIZATION : Fate.DELETED));
        }
        departing.sort(Comparator.comparing(DepartingMember::lastName).thenComparing(DepartingMember::firstName));
        return departing;
    }

    /** The organization's members as Keycloak represents them. */
    private List<JsonNode> members(String token, String organizationId) {
        var members = new ArrayList<JsonNode>();
        http.get().uri(admin("/organizations/" + organizationId + "/members?max=1000")).headers(h -> h.setBearerAuth(token))
                .retrieve().body(JsonNode.class).forEach(members::add);
        return members;
    }

    /** The organization's members with their direct realm roles, by family then given name, as the pages list them. */
    private List<Member> membersWithRoles(String token, String organizationId) {
        var members = new ArrayList<Member>();
        for (JsonNode user : members(token, organizationId)) {
            var roles = new TreeSet<String>();
            http.get().uri(admin("/users/" + user.path("id").asString() + "/role-mappings/realm"))
                    .headers(h -> h.setBearerAuth(token)).retrieve().body(JsonNode.class)
                    .forEach(role -> roles.add(role.path("name").asString()));
            members.add(new Member(user.path("id").asString(), user.path("username").asString(),
                    user.path("email").asString(), user.path("firstName").asString(), user.path("lastName").asString(),
                    user.path("enabled").asBoolean(), roles));
        }
        members.sort(Comparator.comparing(Member::lastName).thenComparing(Member::firstName));
        return members;
    }

    /**
     * Gives the wanted roles and takes away the others, among {@code manageable}, unguarded: for
     * {@link #setRealmRoles} once it has checked the account, and for a merge's moves (the operator's decision).
     */
    private void replaceRealmRoles(String token, String userId, Set<String> wanted, Set<String> manageable) {
        var current = new TreeSet<String>();
        http.get().uri(admin("/users/" + userId + "/role-mappings/realm")).headers(h -> h.setBearerAuth(token))
                .retrieve().body(JsonNode.class).forEach(role -> current.add(role.path("name").asString()));
        var add = new ArrayList<JsonNode>();
        var remove = new ArrayList<JsonNode>();
        for (String role : manageable) {
            if (wanted.contains(role) != current.contains(role)) {
                JsonNode representation = http.get().uri(admin("/roles/" + role)).headers(h -> h.setBearerAuth(token))
                        .retrieve().body(JsonNode.class);
                (wanted.contains(role) ? add : remove).add(representation);
            }
        }
        if (!add.isEmpty()) {
            http.post().uri(admin("/users/" + userId + "/role-mappings/realm")).headers(h -> h.setBearerAuth(token))
                    .contentType(MediaType.APPLICATION_JSON).body(add).retrieve().toBodilessEntity();
        }
        if (!remove.isEmpty()) {
            http.method(HttpMethod.DELETE).uri(admin("/users/" + userId + "/role-mappings/realm"))
                    .headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON).body(remove)
                    .retrieve().toBodilessEntity();
        }
    }

    /** Users of the organization, for tests and the users page. */
    public List<JsonNode> members(String organizationId) {
        return call(token -> members(token, organizationId));
    }

    private Optional<String> findOrganization(String token, String alias) {
        for (JsonNode organization : http.get().uri(admin("/organizations?max=1000&briefRepresentation=true"))
                .headers(h -> h.setBearerAuth(token)).retrieve().body(JsonNode.class)) {
            if (alias.equals(organization.path("alias").asString())) {
                return Optional.of(organization.path("id").asString());
            }
        }
        return Optional.empty();
    }

    /**
     * The guard of every change to an account: it must be a member of this organization and of no other. Asked of
     * Keycloak each time, so what a caller believes (a list it read earlier, an id from a request) does not count.
     */
    private void requireSoleMember(String token, String organizationId, String userId) {
        List<Organization> organizations = organizationsOf(token, userId);
        if (organizations.size() != 1 || !organizations.getFirst().id().equals(organizationId)) {
            throw new OutsideOrganizationException(userId, organizationId, organizations);
        }
    }

    private List<Organization> organizationsOf(String token, String userId) {
        try {
            var organizations = new ArrayList<Organization>();
            http.get().uri(admin("/organizations/members/{id}/organizations?briefRepresentation=true"), userId)
                    .headers(h -> h.setBearerAuth(token)).retrieve().body(JsonNode.class)
                    .forEach(o -> organizations.add(new Organization(o.path("id").asString(), o.path("alias").asString())));
            return organizations;
        } catch (HttpClientErrorException.NotFound | HttpClientErrorException.BadRequest noSuchAccount) {
            return List.of();
        }
    }

    private List<JsonNode> credentials(String token, String userId) {
        var credentials = new ArrayList<JsonNode>();
        http.get().uri(admin("/users/{id}/credentials"), userId).headers(h -> h.setBearerAuth(token))
                .retrieve().body(JsonNode.class).forEach(credentials::add);
        return credentials;
    }

    /** Keycloak's e-mail with a link to verify the address and choose a password; no password exists before. */
    private void sendActions(String token, String userId) {
        mailing.put().uri(admin("/users/{id}/execute-actions-email?lifespan={lifespan}&client_id={client}&redirect_uri={redirect}"),
                        userId, actionEmails.lifespan().toSeconds(), actionEmails.clientId(), actionEmails.redirectUri())
                .headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
                .body(List.of("VERIFY_EMAIL", "UPDATE_PASSWORD")).retrieve().toBodilessEntity();
    }

    private Optional<String> findUserByUsername(String token, String username) {
        JsonNode users = http.get().uri(admin("/users?exact=true&username={username}"), username)
                .headers(h -> h.setBearerAuth(token)).retrieve().body(JsonNode.class);
        return users.isEmpty() ? Optional.empty() : Optional.of(users.get(0).path("id").asString());
    }

    private Optional<String> findUserByEmail(String token, String email) {
        JsonNode users = http.get().uri(admin("/users?exact=true&email={email}"), email)
                .headers(h -> h.setBearerAuth(token)).retrieve().body(JsonNode.class);
        return users.isEmpty() ? Optional.empty() : Optional.of(users.get(0).path("id").asString());
    }

    /**
     * One operation against Keycloak, timed as {@code vusta.keycloak.admin.calls} by operation (the public method
     * that called, found on the stack so no call site has to name itself) and outcome: success, unavailable (no
     * answer), error (Keycloak answered with an error) or refused (the platform refused, e.g. another union's account).
     */
    private <T> T call(Function<String, T> work) {
        String operation = StackWalker.getInstance().walk(frames -> frames.skip(1).findFirst()
                .map(StackWalker.StackFrame::getMethodName).orElse("unknown"));
        Timer.Sample sample = Timer.start(meters);
        String outcome = "refused";
        try {
            T result = work.apply(token());
            outcome = "success";
            return result;
        } catch (ResourceAccessException e) {
            outcome = "unavailable";
            throw new KeycloakUnavailableException("Keycloak is not reachable at " + keycloakUrl, e);
        } catch (RestClientException e) {
            outcome = "error";
            // The status only: an error's body may repeat what was sent (names, e-mail addresses).
            throw new KeycloakUnavailableException("Keycloak refused a call: " + status(e), e);
        } finally {
            sample.stop(Timer.builder("vusta.keycloak.admin.calls")
                    .description("Calls of the platform to Keycloak's Admin REST API")
                    .tag("operation", operation).tag("outcome", outcome)
                    .register(meters));
        }
    }

    private static String status(RestClientException e) {
        return e instanceof RestClientResponseException response ? String.valueOf(response.getStatusCode().value())
                : e.getClass().getSimpleName();
    }

    private String token() {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("grant_type", "client_credentials");
        form.add("client_id", clientId);
        form.add("client_secret", clientSecret);
        return http.post().uri(keycloakUrl + "/realms/" + realm + "/protocol/openid-connect/token")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form)
                .retrieve().body(JsonNode.class).path("access_token").asString();
    }

    private String admin(String path) {
        return keycloakUrl + "/admin/realms/" + realm + path;
    }

    private static String lastSegment(URI location) {
        String path = location.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /**
     * Ends every Keycloak session of the user: tokens issued before a change of roles or a disabling then fail
     * introspection ({@code TokenIntrospection}) within seconds instead of living until they expire.
     */
    public void signOut(String userId) {
        call(token -> http.post().uri(admin("/users/" + userId + "/logout")).headers(h -> h.setBearerAuth(token))
                .retrieve().toBodilessEntity());
    }
}
