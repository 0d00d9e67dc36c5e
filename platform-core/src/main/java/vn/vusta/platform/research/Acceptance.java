package vn.vusta.platform.research;

import java.time.LocalDate;

/** The acceptance (nghiệm thu) of a project: the day the council met, its rating, and what it said. */
public record Acceptance(LocalDate acceptedOn, AcceptanceRating rating, String notes) {
}
