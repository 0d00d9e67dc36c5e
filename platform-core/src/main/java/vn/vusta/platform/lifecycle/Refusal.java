package vn.vusta.platform.lifecycle;

/**
 * A tenant operation refused for a reason the user is told: {@link #reason()} is a message code of the
 * applications' messages, {@link #arguments()} its arguments.
 */
public abstract class Refusal extends RuntimeException {

    private final String reason;
    private final Object[] arguments;

    Refusal(String reason, Object... arguments) {
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
