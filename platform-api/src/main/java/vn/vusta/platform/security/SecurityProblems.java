package vn.vusta.platform.security;

import vn.vusta.platform.problems.ProblemWriter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import java.io.IOException;
import java.util.Locale;

/**
 * 401 and 403 of the API as RFC 9457 problem+json, in the request's language. Security runs before Spring MVC,
 * so the locale comes from the application's locale resolver here.
 */
@Component
class SecurityProblems {

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final ProblemWriter problems;

    SecurityProblems(MessageSource messages, LocaleResolver locales, ProblemWriter problems) {
        this.messages = messages;
        this.locales = locales;
        this.problems = problems;
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
        problems.write(request, response, status.value(), messages.getMessage(title, null, locale), detail);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title,
                       String detail) throws IOException {
        Locale locale = locales.resolveLocale(request);
        problems.write(request, response, status.value(), messages.getMessage(title, null, locale),
                messages.getMessage(detail, null, locale));
    }
}
