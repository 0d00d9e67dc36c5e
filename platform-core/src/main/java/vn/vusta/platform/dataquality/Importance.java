package vn.vusta.platform.dataquality;

/** A failed BLOCKING rule stops the sending; a failed WARNING lets it go once the union explains it. */
public enum Importance {
    WARNING, BLOCKING
}
