package vn.vusta.platform.contests;

import java.math.BigDecimal;
import java.util.UUID;

/** A judge's score for an entry in a round, from {@link Judging#LOWEST} to {@link Judging#HIGHEST}. */
public record ScoreDraft(UUID entryId, UUID judgeId, BigDecimal score) {
}
