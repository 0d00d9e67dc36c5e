package vn.vusta.platform.publications;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Which publications and issues a list shows: of a kind, of a unit, issues out between two days (both included).
 * Every part is optional.
 */
public record PublicationQuery(PublicationKind kind, UUID unitId, LocalDate from, LocalDate to) {
}
