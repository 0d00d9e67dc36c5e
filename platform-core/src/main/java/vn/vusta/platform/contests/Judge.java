package vn.vusta.platform.contests;

import java.util.UUID;

/** A judge of an edition's panel (Ban Giám khảo). */
public record Judge(UUID id, ContestPerson person) {
}
