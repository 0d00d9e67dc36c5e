package vn.vusta.platform.contests;

import java.time.LocalDate;
import java.util.UUID;

/** A prize to award: the entry, the grade, and the day and decision when known. */
public record PrizeDraft(UUID entryId, PrizeGrade grade, LocalDate awardedOn, String decision) {
}
