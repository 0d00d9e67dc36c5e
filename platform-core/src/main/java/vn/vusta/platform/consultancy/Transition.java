package vn.vusta.platform.consultancy;

import java.util.Arrays;
import java.util.List;

/**
 * A step of a task's workflow, from the statuses it may start from to the status it leads to. {@link #path()} names it
 * in the API's and the pages' addresses; a refusal to take it from another status is the message {@link #refusal(TaskStatus)}.
 */
public enum Transition {
    START("start", TaskStatus.IN_PROGRESS, "consultancy.refusal.start-not-assigned", TaskStatus.ASSIGNED),
    SUBMIT_REPORT("submit-report", TaskStatus.REPORT_SUBMITTED, "consultancy.refusal.report-not-in-progress",
            TaskStatus.IN_PROGRESS),
    ACCEPT("accept", TaskStatus.ACCEPTED, "consultancy.refusal.accept-before-report", TaskStatus.REPORT_SUBMITTED),
    CANCEL("cancel", TaskStatus.CANCELLED, "consultancy.refusal.final",
            TaskStatus.ASSIGNED, TaskStatus.IN_PROGRESS, TaskStatus.REPORT_SUBMITTED);

    private final String path;
    private final TaskStatus to;
    private final String refusal;
    private final List<TaskStatus> from;

    Transition(String path, TaskStatus to, String refusal, TaskStatus... from) {
        this.path = path;
        this.to = to;
        this.refusal = refusal;
        this.from = List.of(from);
    }

    public String path() {
        return path;
    }

    public TaskStatus to() {
        return to;
    }

    public boolean allowedFrom(TaskStatus status) {
        return from.contains(status);
    }

    /** Why the step cannot be taken from a status it does not start from; a final status says so itself. */
    public String refusal(TaskStatus status) {
        return status.isFinal() ? "consultancy.refusal.final" : refusal;
    }

    /** The steps a task in this status may take next, in workflow order. */
    public static List<Transition> from(TaskStatus status) {
        return Arrays.stream(values()).filter(t -> t.allowedFrom(status)).toList();
    }

    public static Transition ofPath(String path) {
        return Arrays.stream(values()).filter(t -> t.path.equals(path)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No transition " + path));
    }
}
