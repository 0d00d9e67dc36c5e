package vn.vusta.platform.consultancy;

import java.time.LocalDate;

/**
 * The authority's acceptance of a task's result (nghiệm thu): the day (today when null), its assessment (required)
 * and rating (optional), and a comment.
 */
public record Acceptance(LocalDate on, String assessment, AssessmentRating rating, String comment) {
}
