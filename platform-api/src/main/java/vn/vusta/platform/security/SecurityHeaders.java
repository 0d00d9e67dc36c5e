package vn.vusta.platform.security;

import org.springframework.security.web.header.HeaderWriter;

import java.net.URI;

/**
 * The browser-facing policies of every answer. Pages run no inline script (their scripts are files under
 * {@code /js} and the WebJars, event handlers included) and no inline style but Quill's one (htmx's indicator
 * style is in platform.css); forms post only to the platform and to Keycloak (the logout redirects there). Swagger UI alone
 * keeps inline styles, which it sets in its markup. API answers are data: they may load nothing and be framed
 * nowhere.
 */
final class SecurityHeaders {

    static final String REFERRER_POLICY = "same-origin";
    // Nothing on the platform uses these; an injected script or a framed page cannot ask for them either.
    // (Features a browser does not know would be logged as errors on every page: only well-known ones.)
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "display-capture=()";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    // Quill 1.3 reads a section's HTML through a hidden <div style="white-space: normal;">: that one style
    // attribute, by its hash, is the only inline style a page may apply.
    static final String QUILL_CLIPBOARD_STYLE = "sha256-RvAvREUHojDuwHylTVWZp9DhleqLs6ml8G7LpjCF+EY=";

    private SecurityHeaders() {
    }

    static String pagePolicy(String keycloakUrl, boolean inlineStyles) {
        URI keycloak = URI.create(keycloakUrl);
        String keycloakOrigin = keycloak.getScheme() + "://" + keycloak.getAuthority();
        return "default-src 'self'; script-src 'self'; style-src 'self' "
                + (inlineStyles ? "'unsafe-inline'" : "'unsafe-hashes' '" + QUILL_CLIPBOARD_STYLE + "'")
                // Bootstrap draws its form controls with data: SVG images.
                + "; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'"
                + "; frame-ancestors 'none'; form-action 'self' " + keycloakOrigin;
    }

    /** The page policy, with inline styles only for Swagger UI. */
    static HeaderWriter pages(String keycloakUrl) {
        String strict = pagePolicy(keycloakUrl, false);
        String swagger = pagePolicy(keycloakUrl, true);
        return (request, response) -> {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            response.setHeader("Content-Security-Policy", path.startsWith("/swagger-ui") ? swagger : strict);
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
