package vn.vusta.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;

/**
 * 401 and 403 of the API as RFC 9457 problem+json, in the request's language. Security runs before Spring MVC,
 * so the locale comes from the application's locale resolver here.
 */
@Component
class SecurityProblems {

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    SecurityProblems(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    AuthenticationEntryPoint unauthorized() {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Bearer");
            write(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthorized.title", "problem.unauthorized.detail");
        };
    }

    /** A token that passes every local check but that Keycloak no longer stands behind (user disabled, session ended). */
    AuthenticationEntryPoint revoked() {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            write(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthorized.title", "problem.revoked.detail");
        };
    }

    /** Keycloak could not say whether the caller's token is still valid: refused, not let through. */
    void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", "5");
        write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "problem.keycloak-unavailable.title",
                "problem.keycloak-unavailable.detail");
    }

    AccessDeniedHandler forbidden() {
        return (request, response, exception) -> write(request, response, HttpStatus.FORBIDDEN,
                "problem.forbidden.title", exception);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title,
                       AccessDeniedException exception) throws IOException {
        Locale locale = locales.resolveLocale(request);
        String detail = exception instanceof TenantAccessDeniedException tenant
                ? messages.getMessage(tenant.messageCode(), tenant.arguments(), locale)
                : messages.getMessage("problem.forbidden.detail", null, locale);
        write(response, status, messages.getMessage(title, null, locale), detail, request.getRequestURI());
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title,
                       String detail) throws IOException {
        Locale locale = locales.resolveLocale(request);
        write(response, status, messages.getMessage(title, null, locale), messages.getMessage(detail, null, locale),
                request.getRequestURI());
    }

    private void write(HttpServletResponse response, HttpStatus status, String title, String detail, String instance)
            throws IOException {
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", instance);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
