package vn.vusta.platform.consultancy;

import java.time.LocalDate;
import java.util.Map;

/** The plan of a year as it stood on {@code asOf}: in all, and by kind of task (every kind, zeros included). */
public record PlanSummary(int year, LocalDate asOf, PlanFigures total, Map<TaskKind, PlanFigures> byKind) {
}
