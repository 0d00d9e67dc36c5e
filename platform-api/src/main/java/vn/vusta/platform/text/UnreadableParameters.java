package vn.vusta.platform.text;

import vn.vusta.platform.problems.ProblemWriter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * A query parameter whose percent-encoded bytes are not UTF-8 ({@code ?q=%FF}) is refused before anything reads it:
 * the servlet container would fail on the first {@code getParameter} (the locale interceptor's, the CSRF filter's)
 * with an exception that became a 500. The API answers problem+json naming the parameter; a page, a short
 * Vietnamese (or English) message. Text that does decode goes on to {@link FreeText} as any other.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class UnreadableParameters extends OncePerRequestFilter {

    static final String MESSAGE = "text.encoding";

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final ProblemWriter problems;

    UnreadableParameters(MessageSource messages, LocaleResolver locales, ProblemWriter problems) {
        this.messages = messages;
        this.locales = locales;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> unreadable = firstUnreadable(request.getQueryString());
        if (unreadable.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String name = unreadable.get();
        Locale locale = locales.resolveLocale(request);
        String message = messages.getMessage(MESSAGE, null, locale);
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        response.setCharacterEncoding("UTF-8");
        if (ProblemWriter.forApi(request)) {
            problems.write(request, response, HttpStatus.BAD_REQUEST.value(),
                    messages.getMessage("problem.invalid.title", null, locale), name, message);
        } else {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.getWriter().write("<!doctype html><html lang=\"" + locale.getLanguage() + "\"><meta charset=\"utf-8\"><p>"
                    + HtmlUtils.htmlEscape(name + ": " + message, "UTF-8") + "</p></html>");
        }
    }

    /** The name of the first parameter whose name or value does not decode as UTF-8 (its raw name if that is the one). */
    static Optional<String> firstUnreadable(String query) {
        if (query == null || query.isEmpty()) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            Optional<String> name = decoded(rawName);
            if (name.isEmpty()) {
                return Optional.of(rawName);
            }
            if (equals >= 0 && decoded(pair.substring(equals + 1)).isEmpty()) {
                return name;
            }
        }
        return Optional.empty();
    }

    /** Percent-decoded strictly: bytes that are not UTF-8, or a broken escape, decode to nothing. */
    private static Optional<String> decoded(String raw) {
        var bytes = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0 || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    return Optional.empty();
                }
                bytes.write(Integer.parseInt(raw, i + 1, i + 3, 16));
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException notUtf8) {
            return Optional.empty();
        }
    }
}
