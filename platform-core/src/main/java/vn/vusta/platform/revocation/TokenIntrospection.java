package vn.vusta.platform.revocation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;
import vn.vusta.platform.identity.KeycloakProperties;

import java.time.Duration;

/**
 * Whether Keycloak still stands behind an access token: its introspection endpoint (RFC 7662), asked as the
 * confidential client {@code platform-api}, says a token is inactive as soon as its user is disabled or its session
 * ended (the user's own logout, an administrator's "sign out", {@code POST /users/{id}/logout}). A signed JWT alone
 * stays valid until it expires (5 minutes).
 *
 * <p>Each answer is kept in memory for {@code cache-for} (5 s by default): that is the promise — a revoked token
 * stops working within that time — and it keeps the check off most requests (a map lookup). When Keycloak does not
 * answer, nothing is cached and the caller refuses the request (fail closed): a token cannot be proven live.
 */
@Component
public class TokenIntrospection {

    /** Keycloak did not answer the introspection: the request is refused with 503, not let through. */
    public static class IntrospectionUnavailableException extends RuntimeException {
        public IntrospectionUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final RestClient http;
    private final String endpoint;
    private final String clientId;
    private final String clientSecret;
    private final Cache<String, Boolean> answers;

    TokenIntrospection(KeycloakProperties keycloak) {
        KeycloakProperties.Introspection introspection = keycloak.introspection();
        // A Keycloak that hangs must not hold every request: short timeouts, then 503.
        var requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(Duration.ofSeconds(2));
        requests.setReadTimeout(Duration.ofSeconds(3));
        this.http = RestClient.builder().requestFactory(requests).build();
        this.endpoint = introspection.endpoint().isBlank()
                ? keycloak.url() + "/realms/" + keycloak.realm() + "/protocol/openid-connect/token/introspect"
                : introspection.endpoint();
        this.clientId = introspection.clientId();
        this.clientSecret = introspection.clientSecret();
        this.answers = Caffeine.newBuilder().expireAfterWrite(introspection.cacheFor()).maximumSize(20_000).build();
    }

    /**
     * Whether the token is still active.
     *
     * @param key   a short identity of the token for the cache (its {@code jti}), or the token itself
     * @param token the encoded access token
     */
    public boolean isActive(String key, String token) {
        return answers.get(key == null ? token : key, k -> ask(token));
    }

    private boolean ask(String token) {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("token", token);
        form.add("token_type_hint", "access_token");
        try {
            JsonNode answer = http.post().uri(endpoint)
                    .headers(h -> h.setBasicAuth(clientId, clientSecret))
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form)
                    .retrieve().body(JsonNode.class);
            return answer != null && answer.path("active").asBoolean(false);
        } catch (HttpClientErrorException.BadRequest e) {
            // "Failed to introspect token": Keycloak could not verify it at all (no such user, a key it did not use
            // for this token), so it does not stand behind it. Our own credentials refused would be 401: unavailable.
            return false;
        } catch (RestClientException e) {
            throw new IntrospectionUnavailableException("Keycloak's token introspection did not answer at " + endpoint
                    + ": " + e.getMessage(), e);
        }
    }
}
