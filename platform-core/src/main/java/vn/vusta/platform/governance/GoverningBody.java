package vn.vusta.platform.governance;

import java.util.UUID;

/** A body elected for a term, with the number of seats the congress decided on (null: not fixed). */
public record GoverningBody(UUID id, UUID termId, BodyKind kind, Integer seats) {
}
