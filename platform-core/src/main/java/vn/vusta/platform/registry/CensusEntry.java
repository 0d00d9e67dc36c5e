package vn.vusta.platform.registry;

import java.time.LocalDate;

/** The number of individual members a unit reports as of a date (số hội viên). */
public record CensusEntry(LocalDate asOf, int memberCount) {
}
