package vn.vusta.platform.members;

/**
 * A member write refused for a reason the user is told: {@link #field()} is the field at fault (for the form and
 * the problem's {@code errors}), {@link #reason()} a message code, {@link #arguments()} its arguments.
 */
public class MemberRefusedException extends RuntimeException {

    private final String field;
    private final String reason;
    private final Object[] arguments;

    MemberRefusedException(String field, String reason, Object... arguments) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
        this.arguments = arguments;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }

    public Object[] arguments() {
        return arguments;
    }
}
