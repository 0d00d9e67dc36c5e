package vn.vusta.platform.governance.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.vusta.platform.governance.GovernanceRefusedException;
import vn.vusta.platform.governance.Refusal;

import java.util.List;
import java.util.Locale;

/**
 * A refused change of the governance as problem+json naming the field: 400 where the input is wrong (an end before
 * the start), 409 where it clashes with what is recorded (a second Chủ tịch).
 */
@RestControllerAdvice(annotations = RestController.class)
class GovernanceProblems {

    record FieldProblem(String field, String message) {
    }

    private final MessageSource messages;

    GovernanceProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> refused(GovernanceRefusedException e) {
        Locale locale = LocaleContextHolder.getLocale();
        Refusal refusal = e.refusal();
        HttpStatus status = refusal.conflict() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
        String message = messages.getMessage(refusal.messageKey(), null, locale);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, refusal.field() + ": " + message);
        problem.setTitle(messages.getMessage(refusal.conflict() ? "problem.conflict.title" : "problem.invalid.title", null, locale));
        problem.setProperty("errors", List.of(new FieldProblem(refusal.field(), message)));
        return ResponseEntity.status(status).body(problem);
    }
}
