package vn.vusta.platform.lifecycle;

/** An archive that cannot be restored; {@link #reason()} is a message code, {@link #arguments()} its arguments. */
public class ArchiveRefusedException extends RuntimeException {

    private final String reason;
    private final Object[] arguments;

    ArchiveRefusedException(String reason, Object... arguments) {
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
