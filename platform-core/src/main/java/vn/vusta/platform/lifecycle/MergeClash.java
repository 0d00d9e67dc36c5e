package vn.vusta.platform.lifecycle;

import vn.vusta.platform.refusal.RefusedException;

import java.util.LinkedHashMap;
import java.util.List;

/**
 * One record of the source that cannot move because, once renamed with the former province's suffix, it would break
 * a unique key: its table, its key, the constraint it would break and the key's columns, its value and the value the
 * merge would give it, and whether the clashing row is the target's or the source's own. A merge refused for clashes
 * names each one, so the operator can rename one of the two and run the dry run again.
 */
record MergeClash(String table, String record, String constraint, String columns, String value, String resolvedValue,
                  boolean inTarget) {

    /** The message code that explains this clash. */
    String reason() {
        return inTarget ? "merge.clash.target" : "merge.clash.source";
    }

    List<Object> arguments() {
        return List.of(table, record, value, resolvedValue, constraint, columns);
    }

    /** The clash as one detail of the merge's refusal, with the facts the API names. */
    RefusedException.Detail detail() {
        var facts = new LinkedHashMap<String, Object>();
        facts.put("table", table);
        facts.put("record", record);
        facts.put("constraint", constraint);
        facts.put("value", value);
        facts.put("resolvedValue", resolvedValue);
        facts.put("clashesWith", inTarget ? "target" : "source");
        return new RefusedException.Detail(facts, reason(), arguments());
    }
}
