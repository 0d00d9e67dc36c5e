package vn.vusta.platform.governance;

/** One change of a term's history: a mandate starting (how: its start kind) or ending (why: its end reason). */
public record Change(Kind kind, Mandate mandate) {

    public enum Kind {
        END, START
    }
}
