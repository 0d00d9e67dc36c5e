package vn.vusta.platform.contests;

import java.util.List;
import java.util.UUID;

/** A contest with its editions, newest first. */
public record Contest(UUID id, String name, ContestKind kind, UUID unitId, String unitName, String partner,
                      List<EditionSummary> editions) {
}
