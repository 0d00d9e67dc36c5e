package vn.vusta.platform.admin;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.vusta.platform.revocation.TokenIntrospection;

import java.io.IOException;

/**
 * tenant-admin's copy of platform-api's filter (the two applications share no web code). Revocation within seconds: a signed token is not enough, Keycloak must still stand behind it
 * ({@link TokenIntrospection}). A bearer token Keycloak no longer knows gets 401; a page session whose user was
 * disabled or whose Keycloak session ended is ended here and the browser sent to log in again. The page session's
 * access token is refreshed through its refresh token when it expires, and a refused refresh ends the session too.
 * Keycloak not answering gives 503 (fail closed).
 */
final class RevocationFilter extends OncePerRequestFilter {

    private final TokenIntrospection introspection;
    private final OAuth2AuthorizedClientManager clients;
    private final AuthenticationEntryPoint unauthorized = new BearerTokenAuthenticationEntryPoint();

    RevocationFilter(TokenIntrospection introspection, OAuth2AuthorizedClientManager clients) {
        this.introspection = introspection;
        this.clients = clients;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getDispatcherType() != DispatcherType.REQUEST;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        try {
            if (authentication instanceof JwtAuthenticationToken bearer
                    && !introspection.isActive(bearer.getToken().getId(), bearer.getToken().getTokenValue())) {
                SecurityContextHolder.clearContext();
                unauthorized.commence(request, response, new InvalidBearerTokenException("The token was revoked"));
                return;
            }
            if (authentication instanceof OAuth2AuthenticationToken login && !pageSessionActive(login, request, response)) {
                endPageSession(request, response);
                return;
            }
        } catch (TokenIntrospection.IntrospectionUnavailableException e) {
            logger.warn(e.getMessage());
            response.setHeader("Retry-After", "5");
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Keycloak did not answer");
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean pageSessionActive(OAuth2AuthenticationToken login, HttpServletRequest request, HttpServletResponse response) {
        OAuth2AuthorizedClient client;
        try {
            // Refreshes the access token when it is about to expire; Keycloak refuses that for a disabled user or an
            // ended session.
            client = clients.authorize(OAuth2AuthorizeRequest.withClientRegistrationId(login.getAuthorizedClientRegistrationId())
                    .principal(login)
                    .attribute(HttpServletRequest.class.getName(), request)
                    .attribute(HttpServletResponse.class.getName(), response)
                    .build());
        } catch (OAuth2AuthorizationException e) {
            if (OAuth2ErrorCodes.INVALID_GRANT.equals(e.getError().getErrorCode())) {
                return false;
            }
            throw new TokenIntrospection.IntrospectionUnavailableException("Keycloak did not refresh a page session's token: "
                    + e.getError(), e);
        }
        // No stored client (a session from before this check, or removed after a refused refresh): log in again.
        return client != null && introspection.isActive(null, client.getAccessToken().getTokenValue());
    }

    private static void endPageSession(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        // A page asked for again starts the login; Keycloak then refuses a disabled user itself.
        String again = HttpMethod.GET.matches(request.getMethod())
                ? request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString())
                : request.getContextPath() + "/";
        if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", again);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        response.sendRedirect(again);
    }
}
