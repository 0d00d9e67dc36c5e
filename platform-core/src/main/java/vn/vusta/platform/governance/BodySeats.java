package vn.vusta.platform.governance;

import java.time.LocalDate;
import java.util.List;

/** A body with its mandates: those held first, highest position first, then by given name. */
public record BodySeats(GoverningBody body, List<Mandate> mandates) {

    public long heldOn(LocalDate day) {
        return mandates.stream().filter(m -> m.heldOn(day)).count();
    }
}
