package vn.vusta.platform.outages;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Outermost, before the session (Redis) and security: a request that failed because PostgreSQL, Redis or Keycloak
 * is away gets 503 and a clear message ({@link OutagePages}) instead of a generic 500 — one warning line in the log,
 * not a stack trace per request. The timeouts that make it fail within seconds are in application.yml.
 */
@Component
@Order(Integer.MIN_VALUE + 40) // before Spring Session's SessionRepositoryFilter (MIN_VALUE + 50)
class OutageFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(OutageFilter.class);

    private final OutagePages pages;

    OutageFilter(OutagePages pages) {
        this.pages = pages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            var what = Unavailability.of(failure);
            if (what.isEmpty() || response.isCommitted()) {
                throw failure;
            }
            LOG.warn("{} {} answered 503, {} unavailable: {}", request.getMethod(), request.getRequestURI(),
                    what.get(), rootCause(failure));
            pages.write(request, response, what.get());
        }
    }

    private static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.toString();
    }
}
