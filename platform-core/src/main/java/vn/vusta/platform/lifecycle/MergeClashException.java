package vn.vusta.platform.lifecycle;

import java.util.List;

/**
 * A merge refused because rows of the source, once renamed with the former province's suffix, would break a unique
 * key: the target holds the new name already, or the source does under another record. Each clash names the record
 * and the rule (the constraint), so the operator can rename one of the two and run the dry run again.
 */
public class MergeClashException extends MergeRefusedException {

    /**
     * One record that cannot move: its table, its key, the constraint it would break and the key's columns, its
     * value and the value the merge would give it, and whether the clashing row is the target's or the source's own.
     */
    public record Clash(String table, String record, String constraint, String columns, String value,
                        String resolvedValue, boolean inTarget) {

        /** The message code that explains this clash. */
        public String reason() {
            return inTarget ? "merge.clash.target" : "merge.clash.source";
        }

        public Object[] arguments() {
            return new Object[]{table, record, value, resolvedValue, constraint, columns};
        }
    }

    private final List<Clash> clashes;

    MergeClashException(List<Clash> clashes) {
        super(clashes.getFirst().reason(), clashes.getFirst().arguments());
        this.clashes = List.copyOf(clashes);
    }

    public List<Clash> clashes() {
        return clashes;
    }
}
