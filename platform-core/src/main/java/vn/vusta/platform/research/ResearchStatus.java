package vn.vusta.platform.research;

/** Registered → in progress → accepted (nghiệm thu) or stopped; registered projects may be stopped too. */
public enum ResearchStatus {
    REGISTERED,
    IN_PROGRESS,
    ACCEPTED,
    STOPPED;

    public boolean isOpen() {
        return this == REGISTERED || this == IN_PROGRESS;
    }
}
