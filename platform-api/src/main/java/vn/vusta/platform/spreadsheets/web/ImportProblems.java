package vn.vusta.platform.spreadsheets.web;

import vn.vusta.platform.api.ApiProblems;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.vusta.platform.spreadsheets.ImportRefusedException;

import java.util.List;
import java.util.Locale;

/**
 * A refused upload or confirmation as problem+json naming the field: a file that is not a readable sheet (400),
 * a sheet with problems (422, each problem listed by row and column), an import already confirmed (409).
 */
@RestControllerAdvice(assignableTypes = SpreadsheetsApiController.class)
class ImportProblems {

    private final MessageSource messages;

    ImportProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> refused(ImportRefusedException ex) {
        Locale locale = LocaleContextHolder.getLocale();
        HttpStatus status = switch (ex.reason()) {
            case "import.refused.confirmed" -> HttpStatus.CONFLICT;
            case "import.refused.problems" -> HttpStatus.UNPROCESSABLE_CONTENT;
            default -> HttpStatus.BAD_REQUEST;
        };
        String message = messages.getMessage(ex.reason(), ex.arguments(), locale);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.field() + ": " + message);
        problem.setTitle(messages.getMessage(status == HttpStatus.CONFLICT ? "problem.conflict.title" : "problem.invalid.title",
                null, locale));
        problem.setProperty("errors", List.of(new ApiProblems.FieldProblem(ex.field(), message)));
        if (!ex.problems().isEmpty()) {
            problem.setProperty("problems", ex.problems().stream()
                    .map(p -> new SpreadsheetsApiController.ProblemView(p.row(), p.column(), p.code(), p.arguments(),
                            ImportMessages.problem(messages, p, locale)))
                    .toList());
        }
        return ResponseEntity.status(status).body(problem);
    }
}
