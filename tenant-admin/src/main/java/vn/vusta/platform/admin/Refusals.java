package vn.vusta.platform.admin;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import vn.vusta.platform.refusal.RefusedException;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A refused request, on any route, as problem+json in the request's language: 404 for a tenant code nobody has (a
 * page in Vietnamese for the pages, never a server error), 409 where it clashes with what is recorded (a merged
 * tenant, a code taken), 400 or 422 where the request is wrong. A refusal of one field names it ({@code errors}); a
 * refusal of the request as a whole just says why. Merges and archives answer their own refusals (their titles,
 * the clashing records).
 */
@ControllerAdvice
class Refusals {

    private final MessageSource messages;

    Refusals(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    Object refused(RefusedException e, HttpServletRequest request, Locale locale) {
        String message = messages.getMessage(e.reason(), e.arguments(), locale);
        if (e.isNotFound() && !request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ModelAndView page = new ModelAndView("not-found", Map.of("reason", message));
            page.setStatus(HttpStatus.NOT_FOUND);
            return page;
        }
        HttpStatus status = switch (e.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case BAD_REQUEST -> HttpStatus.BAD_REQUEST;
            case INVALID -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        String title = switch (e.kind()) {
            case NOT_FOUND -> "problem.notfound";
            case CONFLICT -> "problem.conflict";
            default -> "problem.invalid";
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.field() == null ? message : e.field() + ": " + message);
        problem.setTitle(messages.getMessage(title, null, locale));
        if (e.field() != null) {
            problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", message)));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
