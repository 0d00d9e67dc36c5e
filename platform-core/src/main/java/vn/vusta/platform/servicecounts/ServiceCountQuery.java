package vn.vusta.platform.servicecounts;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Which counts a list shows: those whose period meets the days from–to (both included), of a kind, of a unit.
 * Every part is optional.
 */
public record ServiceCountQuery(LocalDate from, LocalDate to, UUID kindId, UUID unitId) {
}
