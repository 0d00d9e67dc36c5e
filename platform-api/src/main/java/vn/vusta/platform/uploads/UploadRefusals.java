package vn.vusta.platform.uploads;

import vn.vusta.platform.problems.ProblemWriter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An upload refused before any controller saw it, in the platform's words: RFC 9457 problem+json naming the field
 * {@code file} under /api, a page in the user's language with the platform's style sheets elsewhere.
 */
@Component
class UploadRefusals {

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final ITemplateEngine templates;
    private final ProblemWriter problems;

    UploadRefusals(MessageSource messages, LocaleResolver locales, ITemplateEngine templates, ProblemWriter problems) {
        this.messages = messages;
        this.locales = locales;
        this.templates = templates;
        this.problems = problems;
    }

    void write(HttpServletRequest request, HttpServletResponse response, int status, String reason, Object... arguments)
            throws IOException {
        Locale locale = locales.resolveLocale(request);
        String title = messages.getMessage(status == 413 ? "upload.refused.title.tooLarge" : "upload.refused.title", null, locale);
        String detail = messages.getMessage(reason, arguments, locale);
        response.resetBuffer();
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding("UTF-8");
        String context = request.getContextPath();
        if (ProblemWriter.forApi(request)) {
            problems.write(request, response, status, title, "file", detail);
        } else {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            var page = new Context(locale, Map.of("status", status, "title", title, "detail", detail,
                    "styles", List.of(context + "/webjars/bootstrap/css/bootstrap.min.css", context + "/css/platform.css"),
                    "back", context + "/", "retry", backTo(request)));
            response.getWriter().write(templates.process("upload-refused", page));
        }
        response.flushBuffer();
    }

    /** The page the upload came from (its Referer, when it is one of the platform's pages); else the home page. */
    private static String backTo(HttpServletRequest request) {
        String context = request.getContextPath();
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                var from = java.net.URI.create(referer);
                if (request.getServerName().equalsIgnoreCase(from.getHost()) && from.getRawPath() != null
                        && from.getRawPath().startsWith(context + "/workspace/")) {
                    return from.getRawPath();
                }
            } catch (IllegalArgumentException ignored) {
                // Not a URI: the home page will do.
            }
        }
        return context + "/";
    }
}
