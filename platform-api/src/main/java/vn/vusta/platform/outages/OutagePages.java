package vn.vusta.platform.outages;

import vn.vusta.platform.problems.ProblemWriter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/**
 * The answer while a service is away: 503 with Retry-After, as RFC 9457 problem+json under /api and as a page in the
 * user's language elsewhere. Written without Spring MVC and without the session, since either may be what is away;
 * the page carries its own style (the style sheets would need the session too).
 */
@Component
class OutagePages {

    static final int RETRY_AFTER_SECONDS = 5;

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final ITemplateEngine templates;
    private final ProblemWriter problems;

    OutagePages(MessageSource messages, LocaleResolver locales, ITemplateEngine templates, ProblemWriter problems) {
        this.messages = messages;
        this.locales = locales;
        this.templates = templates;
        this.problems = problems;
    }

    void write(HttpServletRequest request, HttpServletResponse response, Unavailability what) throws IOException {
        Locale locale = locales.resolveLocale(request);
        String title = messages.getMessage(what.title, null, locale);
        String detail = messages.getMessage(what.detail, null, locale);
        response.resetBuffer();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding("UTF-8");
        if (ProblemWriter.forApi(request)) {
            problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE.value(), title, detail);
            return;
        }
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        // The page's own style is inline and it says nothing the request chose: a policy of its own that lets only
        // that style in (the pages' policy, if already set, forbids inline style).
        response.setHeader("Content-Security-Policy",
                "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
        var page = new Context(locale, Map.of("title", title, "detail", detail,
                "again", request.getContextPath() + "/"));
        response.getWriter().write(templates.process("unavailable", page));
        response.flushBuffer();
    }
}
