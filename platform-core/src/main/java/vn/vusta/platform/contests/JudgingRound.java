package vn.vusta.platform.contests;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A judging round with the standings of the edition's entries in it, best first. */
public record JudgingRound(UUID id, UUID editionId, int number, String name, LocalDate heldOn, List<Standing> standings) {
}
