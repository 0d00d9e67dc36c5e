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
import vn.vusta.platform.members.MemberRefusedException;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.text.FreeText;
import vn.vusta.platform.registry.UnitNameTakenException;
import vn.vusta.platform.registry.UnitRefusedException;
import vn.vusta.platform.users.TenantUsers;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Errors of the API as RFC 9457 problem+json, in the request's language. Validation errors name each field:
 * {@code errors: [{field, message}]}.
 */
@RestControllerAdvice(annotations = RestController.class)
public class ApiProblems extends ResponseEntityExceptionHandler {

    public record FieldProblem(String field, String message) {
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

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
        Locale locale = LocaleContextHolder.getLocale();
        String what = messages.getMessage("object." + ex.kind(), null, locale);
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem(HttpStatus.NOT_FOUND, "problem.notfound.title",
                messages.getMessage("problem.notfound.detail", new Object[]{what}, locale)));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unitNameTaken(UnitNameTakenException ex) {
        String message = messages.getMessage("unit.name.taken", new Object[]{ex.name()}, LocaleContextHolder.getLocale());
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "problem.conflict.title", "name: " + message);
        problem.setProperty("errors", List.of(new FieldProblem("name", message)));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unitRefused(UnitRefusedException ex) {
        return fieldProblem(HttpStatus.UNPROCESSABLE_CONTENT, ex.field(), ex.reason());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> memberRefused(MemberRefusedException ex) {
        return fieldProblem(HttpStatus.UNPROCESSABLE_CONTENT, ex.field(), ex.reason(), ex.arguments());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> refused(RefusedException ex) {
        HttpStatus status = ex.isConflict() ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT;
        return fieldProblem(status, ex.field(), ex.reason(), ex.arguments());
    }

    /** A write refused because of one field's value: the problem names the field and says why. */
    private ResponseEntity<ProblemDetail> fieldProblem(HttpStatus status, String field, String reason, Object... arguments) {
        String message = messages.getMessage(reason, arguments, LocaleContextHolder.getLocale());
        String title = status == HttpStatus.CONFLICT ? "problem.conflict.title" : "problem.invalid.title";
        ProblemDetail problem = problem(status, title, field + ": " + message);
        problem.setProperty("errors", List.of(new FieldProblem(field, message)));
        return ResponseEntity.status(status).body(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unknownUser(TenantUsers.UnknownUserException ex) {
        Locale locale = LocaleContextHolder.getLocale();
        String what = messages.getMessage("object.user", null, locale);
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem(HttpStatus.NOT_FOUND, "problem.notfound.title",
                messages.getMessage("problem.notfound.detail", new Object[]{what}, locale)));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> roleNotManageable(TenantUsers.RoleNotManageableException ex) {
        String message = messages.getMessage("user.role.notmanageable", new Object[]{ex.role()}, LocaleContextHolder.getLocale());
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.invalid.title", ex.field() + ": " + message);
        problem.setProperty("errors", List.of(new FieldProblem(ex.field(), message)));
        return ResponseEntity.badRequest().body(problem);
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
