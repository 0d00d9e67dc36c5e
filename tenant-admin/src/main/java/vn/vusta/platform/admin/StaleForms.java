package vn.vusta.platform.admin;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

import java.io.IOException;

/**
 * A page form sent with a CSRF token that is no longer the session's (the session expired, or the page stayed open
 * across a sign-in) is said as such — the form was stale, nothing was done, open the page again — on a page with
 * the platform's styles; every other refusal goes to the "access denied" page. Both pages answer any method, so a
 * refused POST is not turned into a 405.
 */
final class StaleForms implements AccessDeniedHandler {

    private final AccessDeniedHandlerImpl stale = new AccessDeniedHandlerImpl();
    private final AccessDeniedHandlerImpl denied = new AccessDeniedHandlerImpl();

    StaleForms() {
        stale.setErrorPage("/stale");
        denied.setErrorPage("/denied");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refusal)
            throws IOException, ServletException {
        (refusal instanceof CsrfException ? stale : denied).handle(request, response, refusal);
    }
}
