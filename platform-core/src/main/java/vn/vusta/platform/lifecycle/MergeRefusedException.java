package vn.vusta.platform.lifecycle;

/** A merge that must not happen, or that could not be verified. */
public class MergeRefusedException extends Refusal {

    MergeRefusedException(String reason, Object... arguments) {
        super(reason, arguments);
    }
}
