package vn.vusta.platform.contests;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/**
 * An entry in a round: each judge's score (by judge id), the average of the scores given (its score in the round,
 * two decimals) and its rank; entries that tie share a rank (1, 2, 2, 4). Not scored yet: no average, no rank.
 */
public record Standing(UUID entryId, String title, Map<UUID, BigDecimal> scores, BigDecimal average, Integer rank) {
}
