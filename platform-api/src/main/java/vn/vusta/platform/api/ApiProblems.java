package vn.vusta.platform.api;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.text.FreeText;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Errors of the API as RFC 9457 problem+json, in the request's language. Validation errors name each field:
 * {@code errors: [{field, message}]}. Every capability's refusal is a {@link RefusedException}, answered here by its
 * kind; this class knows no capability (the control character of {@link FreeText} is the generic unreadable text).
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    record FieldProblem(String field, String message) {
    }

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
        setMessageSource(messages);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        List<FieldProblem> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), fieldMessage(error, locale)))
                .toList();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.invalid.title",
                errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().headers(headers).body(problem);
    }

    /** A query or path parameter out of its bounds (@Min on ?year=, say): named like a field of a body. */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        List<FieldProblem> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldProblem(result.getMethodParameter().getParameterName(),
                                messages.getMessage(error, locale))))
                .toList();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.invalid.title",
                errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().headers(headers).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem;
        // Any of Jackson's errors inside a property carries its path: a type it cannot bind (DatabindException) as
        // much as a number out of range or past the length limit, or nesting past the depth limit (StreamReadException).
        if (ex.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            String field = jackson.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            String message = invalidValue(ex, locale);
            problem = problem(HttpStatus.BAD_REQUEST, "problem.invalid.title", field + ": " + message);
            problem.setProperty("errors", List.of(new FieldProblem(field, message)));
        } else {
            problem = problem(HttpStatus.BAD_REQUEST, "problem.invalid.title", messages.getMessage("problem.unreadable", null, locale));
        }
        return ResponseEntity.badRequest().headers(headers).body(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
        String message = invalidValue(ex, LocaleContextHolder.getLocale());
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.invalid.title", ex.getName() + ": " + message);
        problem.setProperty("errors", List.of(new FieldProblem(ex.getName(), message)));
        return ResponseEntity.badRequest().body(problem);
    }

    /**
     * A refused request: 404 naming the kind of object it did not find, else the field at fault and why (422, 400,
     * or 409 where the value clashes with what is recorded), with the things found wrong one by one as
     * {@code problems} when there are several (the rows of a sheet).
     */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> refused(RefusedException ex) {
        Locale locale = LocaleContextHolder.getLocale();
        if (ex.isNotFound()) {
            String what = messages.getMessage(ex.reason(), null, locale);
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem(HttpStatus.NOT_FOUND, "problem.notfound.title",
                    messages.getMessage("problem.notfound.detail", new Object[]{what}, locale)));
        }
        HttpStatus status = switch (ex.kind()) {
            case CONFLICT -> HttpStatus.CONFLICT;
            case BAD_REQUEST -> HttpStatus.BAD_REQUEST;
            default -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        String message = messages.getMessage(ex.reason(), ex.arguments(), locale);
        String title = status == HttpStatus.CONFLICT ? "problem.conflict.title" : "problem.invalid.title";
        ProblemDetail problem = problem(status, title, ex.field() + ": " + message);
        problem.setProperty("errors", List.of(new FieldProblem(ex.field(), message)));
        if (!ex.details().isEmpty()) {
            problem.setProperty("problems", ex.details().stream().map(detail -> {
                var view = new LinkedHashMap<>(detail.facts());
                view.put("message", messages.getMessage(detail.reason(), detail.arguments().toArray(), locale));
                return view;
            }).toList());
        }
        return ResponseEntity.status(status).body(problem);
    }

    /** Why a value could not be read: a control character the text door refused says which, else just "invalid". */
    private String invalidValue(Throwable error, Locale locale) {
        return FreeText.ControlCharacterException.within(error)
                .map(refused -> messages.getMessage(FreeText.ControlCharacterException.MESSAGE,
                        new Object[]{refused.character()}, locale))
                .orElseGet(() -> messages.getMessage("problem.invalid.value", null, locale));
    }

    private String fieldMessage(FieldError error, Locale locale) {
        return messages.getMessage(error, locale);
    }

    private ProblemDetail problem(HttpStatus status, String titleCode, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(messages.getMessage(titleCode, null, LocaleContextHolder.getLocale()));
        return problem;
    }

}
