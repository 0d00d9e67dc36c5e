package vn.vusta.platform.research;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Which projects a list shows: those carried out between two days (started by {@code to}, and still open or closed
 * on or after {@code from}), of a level, status, kind and lead unit. Every part is optional.
 */
public record ResearchQuery(LocalDate from, LocalDate to, ResearchLevel level, ResearchStatus status, ResearchKind kind,
                            UUID unitId) {

    public static ResearchQuery all() {
        return new ResearchQuery(null, null, null, null, null, null);
    }
}
