package vn.vusta.platform.refusal;

import java.util.Arrays;

/**
 * A write refused because of one field of the request, for a reason the user can fix; nothing of it was written.
 * The reason is a message key of the bundles ({@code events.refusal.ends-before-start}); the API answers with
 * problem+json naming the field (422, or 409 where the value clashes with what is recorded), a page shows the message
 * beside the field.
 */
public class RefusedException extends RuntimeException {

    private final String field;
    private final String reason;
    private final boolean conflict;
    private final Object[] arguments;

    private RefusedException(String field, String reason, boolean conflict, Object[] arguments) {
        super("Refused " + field + ": " + reason + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.field = field;
        this.reason = reason;
        this.conflict = conflict;
        this.arguments = arguments.clone();
    }

    /** The value of the field is wrong in itself (an end before the start, a negative count). */
    public static RefusedException invalid(String field, String reason, Object... arguments) {
        return new RefusedException(field, reason, false, arguments);
    }

    /** The value is well-formed but clashes with what is recorded (a task accepted before its report). */
    public static RefusedException conflict(String field, String reason, Object... arguments) {
        return new RefusedException(field, reason, true, arguments);
    }

    /** The request's field, as the API names it ({@code panel[2].memberId} for a nested one). */
    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }

    public boolean isConflict() {
        return conflict;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
