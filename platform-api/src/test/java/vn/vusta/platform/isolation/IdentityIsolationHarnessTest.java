package vn.vusta.platform.isolation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;
import vn.vusta.platform.Api;
import vn.vusta.platform.Pages;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.test.KeycloakTokens;
import vn.vusta.platform.deploy.test.TestMail;
import vn.vusta.platform.identity.KeycloakAdmin;
import vn.vusta.platform.users.KeycloakAccounts;
import vn.vusta.platform.users.TenantUsers;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The identity dimension of the isolation harness. Every route that touches accounts — found from the application's
 * own request mappings: each handler of a controller that depends, directly or not, on {@link TenantUsers} or
 * {@link KeycloakAdmin}, so a new route is walked with no new test code — is called as each demo union's
 * administrator with every other account's id and e-mail (other unions' users, the national reviewer, the
 * platform's administrator and service account, users of no union) in its path, its body and its query, through
 * the API (bearer token) and the pages (session and CSRF token). Every call aimed at an account is refused, nothing
 * leaks, no mail goes out, and every account of the realm is identical afterwards in Keycloak (username, e-mail,
 * enabled, realm roles, organizations, credentials and their creation dates, required actions): no way to log in
 * as anyone else. Re-inviting one's own user is walked too, and changes nothing.
 */
@PlatformApiTest
class IdentityIsolationHarnessTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Map<String, String> ADMINISTRATORS = Map.of(
            "thanh-hoa-admin", "thanh-hoa", "hai-phong-admin", "hai-phong", "hung-yen-admin", "hung-yen");

    record Route(String method, String pattern, boolean api) {
    }

    record Target(String username, String id, String email) {
    }

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    ConfigurableListableBeanFactory beans;

    @Test
    void noUnionAdministratorReachesAnyOtherAccountThroughAnyRouteThatTouchesAccounts() {
        List<Route> routes = accountRoutes();
        assertThat(routes).as("routes that touch accounts").extracting(Route::pattern)
                .contains("/api/v1/users", "/api/v1/users/{userId}/roles", "/workspace/users/{userId}/enabled");

        Map<String, String> realm = KeycloakAccounts.all();
        Map<String, String> before = KeycloakAccounts.state(realm.keySet());
        int calls = 0;
        var failures = new ArrayList<String>();
        for (Map.Entry<String, String> administrator : ADMINISTRATORS.entrySet()) {
            List<Target> targets = outside(realm, administrator.getValue());
            assertThat(targets).extracting(Target::username)
                    .contains("platform-admin", "national-reviewer", "service-account-platform-provisioner");
            var mails = new LinkedHashMap<String, Integer>();
            targets.stream().filter(t -> !t.email().isEmpty()).forEach(t -> mails.put(t.email(), TestMail.receivedBy(t.email()).size()));

            var token = KeycloakTokens.renewed(administrator.getKey());
            Session session = Session.of(administrator.getKey());
            for (Route route : routes) {
                for (Target target : targets) {
                    Api.Response response = route.api() ? api(route, target, token.get()) : session.call(route, target);
                    calls++;
                    check(failures, administrator.getKey(), route, target, response, targets);
                }
            }
            // One's own user, invited again: said to be a user already, and nothing of them changes.
            String own = KeycloakAccounts.email(administrator.getValue() + "-viewer");
            var again = Api.call("POST", "/api/v1/users", token.get(), body(own), "vi");
            if (again.status() != 200 || again.json().path("invited").asBoolean()) {
                failures.add(administrator.getKey() + " re-inviting " + own + ": " + again.status() + " " + again.body());
            }
            mails.forEach((email, count) -> {
                if (TestMail.receivedBy(email).size() != count) {
                    failures.add(administrator.getKey() + "'s walk sent a mail to " + email);
                }
            });
        }
        assertThat(failures).as("identity isolation failures in %d calls", calls).isEmpty();
        assertThat(calls).isGreaterThan(routes.size() * 3 * 10);
        assertThat(KeycloakAccounts.state(realm.keySet())).as("every account of the realm after the walk").isEqualTo(before);
    }

    /** The handlers of every controller that depends, directly or through other beans, on the accounts' code. */
    private List<Route> accountRoutes() {
        var routes = new ArrayList<Route>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            if (!(mapping.getValue().getBean() instanceof String bean) || !touchesAccounts(bean)) {
                continue;
            }
            Set<RequestMethod> methods = mapping.getKey().getMethodsCondition().getMethods();
            for (String pattern : mapping.getKey().getPatternValues()) {
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST) : methods) {
                    routes.add(new Route(method.name(), pattern, pattern.startsWith("/api/")));
                }
            }
        }
        // Reads before writes, in a fixed order: the union's audit log (its page reads people's names from the accounts'
        // code) is read before this walk's refused attempts are recorded in it with what the administrator typed,
        // which it shows back to them and which would read as naming the accounts aimed at.
        routes.sort(Comparator.comparing((Route route) -> !route.method().equals("GET"))
                .thenComparing(Route::pattern).thenComparing(Route::method));
        return routes;
    }

    private boolean touchesAccounts(String bean) {
        var seen = new HashSet<String>();
        var next = new ArrayDeque<>(List.of(bean));
        while (!next.isEmpty()) {
            String name = next.pop();
            if (!seen.add(name) || !beans.containsBean(name)) {
                continue;
            }
            Class<?> type = beans.getType(name);
            if (type != null && (TenantUsers.class.isAssignableFrom(type) || KeycloakAdmin.class.isAssignableFrom(type))) {
                return true;
            }
            next.addAll(List.of(beans.getDependenciesForBean(name)));
        }
        return false;
    }

    /** Every account that is not a member of this organization alone. */
    private static List<Target> outside(Map<String, String> realm, String organization) {
        var targets = new ArrayList<Target>();
        for (Map.Entry<String, String> account : realm.entrySet()) {
            String state = KeycloakAccounts.state(account.getValue());
            if (!state.contains(" organizations=[" + organization + "] ")) {
                String email = state.replaceFirst("^.* email=(\\S*) enabled=.*$", "$1");
                targets.add(new Target(account.getKey(), account.getValue(), email));
            }
        }
        return targets;
    }

    private static void check(List<String> failures, String administrator, Route route, Target target,
                              Api.Response response, List<Target> targets) {
        String call = administrator + ": " + route.method() + " " + route.pattern() + " aimed at " + target.username();
        boolean aimedInPath = PATH_VARIABLE.matcher(route.pattern()).find();
        boolean writes = !route.method().equals("GET");
        if (response.status() >= 500) {
            failures.add(call + ": status " + response.status());
        } else if (aimedInPath && response.status() != 403 && response.status() != 404) {
            failures.add(call + ": status " + response.status() + " instead of 403 or 404");
        } else if (route.api() && writes && !aimedInPath && response.status() / 100 != 4) {
            failures.add(call + ": status " + response.status() + " instead of a refusal");
        } else if (!route.api() && writes && !aimedInPath && response.status() / 100 != 4
                && (response.status() != 302 || response.body().contains("/oauth2/") || response.body().contains("/login"))) {
            // A page refuses by showing the refusal after a redirect to itself; a redirect to the login would mean the
            // session was lost and nothing was tried.
            failures.add(call + ": status " + response.status() + " " + response.body() + " instead of the page's refusal");
        }
        // A problem's instance is the path that was asked, and a page's links (the language switch, a list's pages and
        // filters) keep the query that was asked: they echo the caller's own input, which reveals nothing.
        String full = path(route, target);
        String bodyWithoutPath = response.body().replace(full, "").replace(full.substring(0, full.indexOf('?')), "")
                .replace("userId=" + target.id(), "")
                .replace("email=" + URLEncoder.encode(target.email(), StandardCharsets.UTF_8), "");
        for (Target other : targets) {
            if (bodyWithoutPath.contains(other.id()) || (!other.email().isEmpty() && bodyWithoutPath.contains(other.email()))) {
                failures.add(call + ": the response names " + other.username());
            }
        }
    }

    private static Api.Response api(Route route, Target target, String token) {
        String body = route.method().equals("GET") ? null : body(target.email().isEmpty() ? target.username() : target.email());
        return Api.call(route.method(), path(route, target), token, body, "vi");
    }

    private static String body(String email) {
        return JSON.writeValueAsString(Map.of("email", email, "firstName", "Thử", "lastName", "Nghiệm",
                "role", "tenant-admin", "roles", List.of("tenant-admin"), "enabled", false));
    }

    /** The target's id in every path variable, its id and e-mail in the query. */
    private static String path(Route route, Target target) {
        Matcher matcher = PATH_VARIABLE.matcher(route.pattern());
        var path = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(path, Matcher.quoteReplacement(target.id()));
        }
        matcher.appendTail(path);
        return path + "?userId=" + target.id() + "&email=" + URLEncoder.encode(target.email(), StandardCharsets.UTF_8);
    }

    /** A page session of one user, with its CSRF token, for plain HTTP calls as the browser's forms make them. */
    private record Session(String cookie, String csrf) {

        static Session of(String username) {
            try (Pages pages = Pages.inVietnamese().logIn(username)) {
                pages.goTo("/workspace/users");
                pages.text("users");
                String cookie = "VUSTA_SESSION=" + pages.browser().manage().getCookieNamed("VUSTA_SESSION").getValue();
                Matcher csrf = CSRF.matcher(pages.browser().getPageSource());
                assertThat(csrf.find()).as("the page's forms carry a CSRF token").isTrue();
                return new Session(cookie, csrf.group(1));
            }
        }

        Api.Response call(Route route, Target target) {
            String email = target.email().isEmpty() ? target.username() : target.email();
            var form = new TreeSet<String>(List.of("email=" + encode(email), "firstName=" + encode("Thử"),
                    "lastName=" + encode("Nghiệm"), "role=tenant-admin", "roles=tenant-admin", "enabled=false",
                    "_csrf=" + encode(csrf)));
            var request = HttpRequest.newBuilder(URI.create(Api.baseUrl() + path(route, target)))
                    .header("Cookie", cookie).header("Accept-Language", "vi");
            if (route.method().equals("GET")) {
                request.GET();
            } else {
                request.header("Content-Type", "application/x-www-form-urlencoded")
                        .method(route.method(), HttpRequest.BodyPublishers.ofString(String.join("&", form)));
            }
            try {
                HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
                // A redirect's body is where it leads: back to the users page with its notice or refusal, not to a login.
                String body = response.statusCode() == 302
                        ? "redirect:" + response.headers().firstValue("Location").orElse("")
                        : response.body();
                return new Api.Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), body);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
