package vn.vusta.platform.refusal;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request refused for a reason the user can fix; nothing of it was written. The reason is a message key of the
 * bundles ({@code events.refusal.ends-before-start}) with its arguments; {@link #field()} is the request's field at
 * fault. The {@link Kind} says how the refusal is answered: the API answers with problem+json naming the field, a page
 * shows the message beside the field.
 */
public class RefusedException extends RuntimeException {

    /** What kind of refusal it is, and so the API's status. */
    public enum Kind {
        /** The value of the field is wrong in itself (an end before the start, a negative count): 422. */
        INVALID,
        /** The request asks for what cannot be asked here (a role the platform gives, a file that is no sheet): 400. */
        BAD_REQUEST,
        /** The value is well-formed but clashes with what is recorded (a name taken, a report accepted): 409. */
        CONFLICT,
        /** The object is not in the user's scope: absent, or another tenant's (the two look the same): 404. */
        NOT_FOUND
    }

    /**
     * One of several things found wrong in the request's content (a row of a sheet, say): its facts as the API names
     * them, and its message key and arguments.
     */
    public record Detail(Map<String, Object> facts, String reason, List<?> arguments) {

        public Detail {
            facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts)); // keeps nulls and order
            arguments = List.copyOf(arguments);
        }
    }

    private final Kind kind;
    private final String field;
    private final String reason;
    private final Object[] arguments;
    private final List<Detail> details;

    /** For a refusal its callers must tell apart from the others (an exit code of its own, say). */
    protected RefusedException(Kind kind, String field, String reason, List<Detail> details, Object... arguments) {
        this("Refused " + field + ": " + reason + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)),
                kind, field, reason, details, arguments);
    }

    private RefusedException(String message, Kind kind, String field, String reason, List<Detail> details,
                             Object[] arguments) {
        super(message);
        this.kind = kind;
        this.field = field;
        this.reason = reason;
        this.arguments = arguments.clone();
        this.details = List.copyOf(details);
    }

    /** The value of the field is wrong in itself (an end before the start, a negative count). */
    public static RefusedException invalid(String field, String reason, Object... arguments) {
        return new RefusedException(Kind.INVALID, field, reason, List.of(), arguments);
    }

    /** The same, with the things found wrong one by one (the problems of a sheet). */
    public static RefusedException invalid(String field, String reason, List<Detail> details, Object... arguments) {
        return new RefusedException(Kind.INVALID, field, reason, details, arguments);
    }

    /** The request asks for what cannot be asked here (a role only the platform gives, a file that is no sheet). */
    public static RefusedException badRequest(String field, String reason, Object... arguments) {
        return new RefusedException(Kind.BAD_REQUEST, field, reason, List.of(), arguments);
    }

    /** The value is well-formed but clashes with what is recorded (a task accepted before its report). */
    public static RefusedException conflict(String field, String reason, Object... arguments) {
        return new RefusedException(Kind.CONFLICT, field, reason, List.of(), arguments);
    }

    /**
     * The object is not in the user's scope. {@code object} names its kind ({@code unit}; the message {@code object.unit}
     * says it), {@code id} is for the log only: the answer does not repeat it.
     */
    public static RefusedException notFound(String object, Object id) {
        return new RefusedException(object + " " + id + " not found", Kind.NOT_FOUND, "id", "object." + object, List.of(),
                new Object[0]);
    }

    /** The same refusal, saying in the log what it is in words ("A tenant with the code cao-bang exists already"). */
    public RefusedException logged(String message) {
        return new RefusedException(message, kind, field, reason, details, arguments);
    }

    public Kind kind() {
        return kind;
    }

    /**
     * Not found, said by a message of its own ({@code tenant.unknown}, "no tenant has the code …") rather than by the
     * kind of object.
     */
    public static RefusedException unknown(String field, String reason, Object... arguments) {
        return new RefusedException(Kind.NOT_FOUND, field, reason, List.of(), arguments);
    }

    /**
     * The request's field, as the API names it ({@code panel[2].memberId} for a nested one); null for a refusal of
     * the request as a whole.
     */
    public String field() {
        return field;
    }

    /** The message key; of a {@link Kind#NOT_FOUND} refusal, the key that names the kind of object. */
    public String reason() {
        return reason;
    }

    public boolean isConflict() {
        return kind == Kind.CONFLICT;
    }

    public boolean isNotFound() {
        return kind == Kind.NOT_FOUND;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** The things found wrong one by one; empty for most refusals. */
    public List<Detail> details() {
        return details;
    }
}
