package vn.vusta.platform.refusal;

import java.util.Map;
import java.util.Optional;

/**
 * The refusals that database constraints stand for, by constraint name. A service checks what it can say more
 * clearly first; the constraint still holds against whatever gets past (two editors at once), and its error is
 * translated here into the same refusal.
 */
public final class ConstraintRefusals {

    private final Map<String, RefusedException> byConstraint;

    private ConstraintRefusals(Map<String, RefusedException> byConstraint) {
        this.byConstraint = Map.copyOf(byConstraint);
    }

    public static ConstraintRefusals of(Map<String, RefusedException> byConstraint) {
        return new ConstraintRefusals(byConstraint);
    }

    /** The refusal a database error stands for, or the error itself when it names no known constraint. */
    public RuntimeException translated(RuntimeException databaseError) {
        return refusalFor(databaseError).<RuntimeException>map(r -> r).orElse(databaseError);
    }

    private Optional<RefusedException> refusalFor(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message == null) {
                continue;
            }
            for (Map.Entry<String, RefusedException> known : byConstraint.entrySet()) {
                if (message.contains('"' + known.getKey() + '"')) {
                    return Optional.of(known.getValue());
                }
            }
        }
        return Optional.empty();
    }
}
