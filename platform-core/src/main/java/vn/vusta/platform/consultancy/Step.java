package vn.vusta.platform.consultancy;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One entry of a task's history: its assignment ({@code from} null) or a step of its workflow, on the day it happened
 * as the documents date it, recorded by {@code actor} at {@code recordedAt}, with a comment (a cancellation's reason).
 */
public record Step(TaskStatus from, TaskStatus to, LocalDate on, String actor, OffsetDateTime recordedAt, String comment) {
}
