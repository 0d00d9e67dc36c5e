package vn.vusta.platform.consultancy;

import java.time.LocalDate;

/** A task cancelled on a day (today when null) for a reason, which is required. */
public record Cancellation(LocalDate on, String reason) {
}
