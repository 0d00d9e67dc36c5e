package vn.vusta.platform.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A form whose session is gone (it expired, or Redis restarted and lost it) fails its CSRF check: that is said as
 * such — the session expired, sign in again — not as a missing role, and what the user typed is shown so that it
 * can be copied back (nothing was saved). Every other refusal goes to the "access denied" page.
 */
final class ExpiredSessionHandler implements AccessDeniedHandler {

    private static final String CSRF_PARAMETER = "_csrf";

    private final ITemplateEngine templates;
    private final LocaleResolver locales;
    private final AccessDeniedHandlerImpl denied = new AccessDeniedHandlerImpl();

    ExpiredSessionHandler(ITemplateEngine templates, LocaleResolver locales, String deniedPage) {
        this.templates = templates;
        this.locales = locales;
        denied.setErrorPage(deniedPage);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refusal)
            throws IOException, ServletException {
        if (!(refusal instanceof CsrfException)) {
            denied.handle(request, response, refusal);
            return;
        }
        Locale locale = locales.resolveLocale(request);
        var page = new Context(locale, Map.of("typed", typed(request), "again", pageAgain(request)));
        response.setStatus(HttpStatus.FORBIDDEN.value());
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(templates.process("session-expired", page));
    }

    /** The form's fields as sent, but never its CSRF token nor a password. */
    private static Map<String, String> typed(HttpServletRequest request) {
        var typed = new LinkedHashMap<String, String>();
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals(CSRF_PARAMETER) && !name.toLowerCase(Locale.ROOT).contains("password")) {
                String value = String.join(", ", values);
                if (!value.isBlank()) {
                    typed.put(name, value);
                }
            }
        });
        return typed;
    }

    /**
     * The page the form was on (its Referer, as a path on this site only), where signing in again leads back to;
     * otherwise the address the form was sent to.
     */
    private static String pageAgain(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                URI page = URI.create(referer);
                String path = page.getRawPath();
                if (path != null && path.startsWith("/") && !path.startsWith("//")
                        && request.getServerName().equalsIgnoreCase(page.getHost())) {
                    return page.getRawQuery() == null ? path : path + "?" + page.getRawQuery();
                }
            } catch (IllegalArgumentException notAnAddress) {
                // fall through
            }
        }
        return request.getRequestURI();
    }
}
