package vn.vusta.platform.lifecycle;

/** A merge that must not happen, or that could not be verified; {@link #reason()} is a message code. */
public class MergeRefusedException extends RuntimeException {

    private final String reason;
    private final Object[] arguments;

    MergeRefusedException(String reason, Object... arguments) {
        super(reason);
        this.reason = reason;
        this.arguments = arguments;
    }

    public String reason() {
        return reason;
    }

    public Object[] arguments() {
        return arguments;
    }
}
