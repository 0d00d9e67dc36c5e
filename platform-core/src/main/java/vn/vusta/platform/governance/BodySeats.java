package vn.vusta.platform.governance;

import java.time.LocalDate;
import java.util.List;

/**
 * A body with its mandates as of a day: those held that day first, highest position first, then by given name.
 *
 * @param asOf today, or the last day of a term that has ended
 */
public record BodySeats(GoverningBody body, LocalDate asOf, List<Mandate> mandates) {

    /** How many seats are held on the day. */
    public long held() {
        return mandates.stream().filter(m -> m.heldOn(asOf)).count();
    }
}
