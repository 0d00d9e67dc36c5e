package vn.vusta.platform.admin;

import org.springframework.security.web.header.HeaderWriter;

import java.net.URI;

/**
 * The browser-facing policies of every answer. Pages run no inline script (their scripts are files under
 * {@code /js}, event handlers included) and no inline style; forms post only to the platform and to Keycloak
 * (the logout redirects there). API answers are data: they may load nothing and be framed nowhere. The same
 * policies as platform-api's.
 */
final class SecurityHeaders {

    static final String REFERRER_POLICY = "same-origin";
    // Nothing on the platform uses these; an injected script or a framed page cannot ask for them either.
    // (Features a browser does not know would be logged as errors on every page: only well-known ones.)
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "display-capture=()";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private SecurityHeaders() {
    }

    static String pagePolicy(String keycloakUrl) {
        URI keycloak = URI.create(keycloakUrl);
        String keycloakOrigin = keycloak.getScheme() + "://" + keycloak.getAuthority();
        return "default-src 'self'; script-src 'self'; style-src 'self'"
                // Bootstrap draws its form controls with data: SVG images.
                + "; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'"
                + "; frame-ancestors 'none'; form-action 'self' " + keycloakOrigin;
    }

    static HeaderWriter pages(String keycloakUrl) {
        String strict = pagePolicy(keycloakUrl);
        return (request, response) -> {
            response.setHeader("Content-Security-Policy", strict);
            response.setHeader("Referrer-Policy", REFERRER_POLICY);
            response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        };
    }

    static HeaderWriter api() {
        return (request, response) -> {
            response.setHeader("Content-Security-Policy", API_POLICY);
            response.setHeader("Referrer-Policy", REFERRER_POLICY);
            response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        };
    }
}
