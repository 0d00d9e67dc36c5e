package vn.vusta.platform.registry;

/** A unit write refused: {@link #field()} is the field at fault, {@link #reason()} a message code. */
public class UnitRefusedException extends RuntimeException {

    private final String field;
    private final String reason;

    UnitRefusedException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
