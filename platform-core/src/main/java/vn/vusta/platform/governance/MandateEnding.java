package vn.vusta.platform.governance;

import java.time.LocalDate;

/** The end of a mandate: the day, the reason and the decision or meeting. */
public record MandateEnding(LocalDate endsOn, MandateEnd reason, Decision decision) {
}
