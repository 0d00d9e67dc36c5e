package vn.vusta.platform.governance;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A term of the union (nhiệm kỳ 2019–2024), opened by a congress on {@code startsOn}; {@code endsOn} is the day the
 * next congress opened the next term, null while the term runs.
 */
public record Term(UUID id, String name, int startYear, int endYear, String congress, LocalDate startsOn,
                   LocalDate endsOn) {

    public boolean runsOn(LocalDate day) {
        return !startsOn.isAfter(day) && (endsOn == null || endsOn.isAfter(day));
    }
}
