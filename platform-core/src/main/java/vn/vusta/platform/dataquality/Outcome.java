package vn.vusta.platform.dataquality;

/** A rule's outcome on a report; NOT_EVALUATED when a figure it needs is missing (or too little history). */
public enum Outcome {
    PASSED, FAILED, NOT_EVALUATED
}
