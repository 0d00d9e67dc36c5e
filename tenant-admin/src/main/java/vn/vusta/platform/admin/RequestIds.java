package vn.vusta.platform.admin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.DisconnectedClientHelper;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an id that every log line of it carries (MDC {@code requestId}) and that the response echoes in
 * {@code X-Request-Id}: the reverse proxy's id when it sent a sane one (so its access log and ours join), else a new
 * one. Runs before Spring Security, so even a refused request's lines carry it, and just inside the observation
 * filter (HIGHEST_PRECEDENCE + 1), so the trace id is still there for its own line. What the request put in the MDC
 * (the tenant and user id of the security chain, say) is removed when it ends: a thread of the pool starts clean.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class RequestIds extends OncePerRequestFilter {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    /** What a proxy's id may look like: short, no spaces or separators a log line could be forged with. */
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{8,64}");
    private static final Logger LOG = LoggerFactory.getLogger(RequestIds.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(HEADER);
        String id = given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
        response.setHeader(HEADER, id);
        long started = System.nanoTime();
        Map<String, String> before = MDC.getCopyOfContextMap();
        MDC.put(MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        } catch (IOException | RuntimeException e) {
            // A client that went away (closed tab, timed-out proxy) is no fault of ours and nothing can be sent to
            // it: one line, not the stack trace Tomcat would log at ERROR.
            if (!DisconnectedClientHelper.isClientDisconnectedException(e)) {
                throw e;
            }
            LOG.info("{} {}: the client went away before the response was written ({})", request.getMethod(),
                    route(request), e.getClass().getSimpleName());
        } finally {
            // The access line names the route (its template), never the path: paths carry ids and search words.
            if (LOG.isDebugEnabled()) {
                LOG.debug("{} {} {} {} ms", request.getMethod(), route(request), response.getStatus(),
                        (System.nanoTime() - started) / 1_000_000);
            }
            if (before == null) {
                MDC.clear();
            } else {
                MDC.setContextMap(before);
            }
        }
    }

    private static Object route(HttpServletRequest request) {
        Object route = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return route == null ? "(no route)" : route;
    }
}
