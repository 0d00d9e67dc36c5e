package vn.vusta.platform.registry;

/** What a user enters for a unit; checked by the caller. */
public record UnitDraft(String name, String abbreviation, UnitKind kind) {
}
