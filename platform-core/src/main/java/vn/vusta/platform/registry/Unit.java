package vn.vusta.platform.registry;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A unit of a provincial union: a member association, an affiliated centre, a linked unit or a collective member.
 * Its address is a commune and a province (there are no districts since 1 July 2025).
 */
public record Unit(UUID id, String name, String abbreviation, UnitKind kind, String fieldOfWork,
                   FoundingDecision foundingDecision, String commune, String provinceCode, String leaderName,
                   String contactPhone, String contactEmail, UnitStatus status, LocalDate dissolvedOn) {
}
