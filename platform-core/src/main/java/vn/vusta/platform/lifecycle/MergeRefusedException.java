package vn.vusta.platform.lifecycle;

import vn.vusta.platform.refusal.RefusedException;

import java.util.List;

/**
 * A merge that must not happen, or that could not be verified (409); when rows would clash, each clash is one of its
 * {@link #details()}. A type of its own because tenant-admin's command line answers it with its own exit code.
 */
public class MergeRefusedException extends RefusedException {

    MergeRefusedException(String reason, Object... arguments) {
        super(Kind.CONFLICT, "into", reason, List.of(), arguments);
    }

    private MergeRefusedException(List<MergeClash> clashes) {
        super(Kind.CONFLICT, "into", clashes.getFirst().reason(), clashes.stream().map(MergeClash::detail).toList(),
                clashes.getFirst().arguments().toArray());
    }

    /** Refused for rows that would clash, each named. */
    static MergeRefusedException clashes(List<MergeClash> clashes) {
        return new MergeRefusedException(clashes);
    }
}
