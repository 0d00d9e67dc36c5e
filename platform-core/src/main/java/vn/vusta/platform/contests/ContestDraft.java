package vn.vusta.platform.contests;

import java.util.UUID;

/** A new contest: its name, kind, the unit of the union that runs it (none: the union itself) and a partner named. */
public record ContestDraft(String name, ContestKind kind, UUID unitId, String partner) {
}
