package vn.vusta.platform.spreadsheets;

import java.util.List;

/**
 * An upload or a confirmation refused, nothing written: {@link #field()} is the request's field at fault,
 * {@link #reason()} a message code, {@link #arguments()} its arguments, and {@link #problems()} the sheet's
 * problems when those are the reason.
 */
public class ImportRefusedException extends RuntimeException {

    private final String field;
    private final String reason;
    private final Object[] arguments;
    private final List<RowProblem> problems;

    ImportRefusedException(String field, String reason, List<RowProblem> problems, Object... arguments) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
        this.arguments = arguments;
        this.problems = List.copyOf(problems);
    }

    ImportRefusedException(String field, String reason, Object... arguments) {
        this(field, reason, List.of(), arguments);
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public List<RowProblem> problems() {
        return problems;
    }
}
