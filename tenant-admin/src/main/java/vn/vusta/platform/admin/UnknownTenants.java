package vn.vusta.platform.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import vn.vusta.platform.lifecycle.UnknownTenantException;

import java.util.Locale;
import java.util.Map;

/**
 * A tenant code nobody has, on any route that takes one: "not found" (404), as problem+json for the API and as a
 * page in Vietnamese for the pages, never a server error.
 */
@ControllerAdvice
class UnknownTenants {

    private final MessageSource messages;

    UnknownTenants(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    Object unknown(UnknownTenantException e, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        String detail = messages.getMessage("tenant.unknown", new Object[]{e.code()}, locale);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
            problem.setTitle(messages.getMessage("problem.notfound", null, locale));
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        ModelAndView page = new ModelAndView("not-found", Map.of("reason", detail));
        page.setStatus(HttpStatus.NOT_FOUND);
        return page;
    }
}
