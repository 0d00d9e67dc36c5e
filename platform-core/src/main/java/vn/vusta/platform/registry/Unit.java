package vn.vusta.platform.registry;

import java.util.UUID;

/** A unit of a provincial union: a member association, an affiliated centre, a linked unit or a collective member. */
public record Unit(UUID id, String name, String abbreviation, UnitKind kind) {
}
