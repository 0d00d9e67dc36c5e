package vn.vusta.platform.events;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An event as a list or a calendar shows it, with the number of its attached files. */
public record EventSummary(UUID id, EventKind kind, String title, LocalDate startsOn, LocalDate endsOn, EventMode mode,
                           Place place, Organiser organiser, List<String> coOrganisers, Integer participantCount,
                           int attachments) {

    /** Whether it takes place on the day (a calendar's cell). */
    public boolean on(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}
