package vn.vusta.platform.outages;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.vusta.platform.identity.KeycloakProperties;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Before a browser is sent to Keycloak's login page, Keycloak is asked for its realm's discovery document: if it
 * does not answer within seconds, the user gets the platform's own page saying sign-in is temporarily unavailable
 * instead of the browser's "cannot be reached" (or an endless wait). The platform reaches Keycloak at the same public
 * address as the browsers ({@code vusta.keycloak.url}). Only the start of a login pays for the check.
 */
@Component
@Order(-110) // before Spring Security's filter chain (-100), whose OAuth2 filter sends the redirect
class SignInAvailability extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(SignInAvailability.class);
    private static final String LOGIN_START = "/oauth2/authorization/";

    private final OutagePages pages;
    private final URI discovery;
    private final Duration timeout;
    private final HttpClient http;

    SignInAvailability(OutagePages pages, KeycloakProperties keycloak) {
        this.pages = pages;
        this.discovery = URI.create(keycloak.url() + "/realms/" + keycloak.realm() + "/.well-known/openid-configuration");
        this.timeout = keycloak.signInCheckTimeout();
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + LOGIN_START);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!keycloakAnswers()) {
            pages.write(request, response, Unavailability.SIGN_IN);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean keycloakAnswers() {
        try {
            int status = http.send(HttpRequest.newBuilder(discovery).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status == 200) {
                return true;
            }
            LOG.warn("Sign-in unavailable: Keycloak answered {} at {}", status, discovery);
            return false;
        } catch (IOException e) {
            LOG.warn("Sign-in unavailable: Keycloak did not answer at {} within {}: {}", discovery, timeout, e.toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
