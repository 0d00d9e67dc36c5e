package vn.vusta.platform.contests;

import java.time.LocalDate;
import java.util.UUID;

/** An edition as lists show it: its name, years, launch and how many entries, prizes and nominations it has. */
public record EditionSummary(UUID id, UUID contestId, Integer number, int startYear, int endYear, String name,
                             LocalDate launchedOn, String launchNotice, int entries, int prizes, int nominations) {

    /** Planned, not launched yet. */
    public boolean planned() {
        return launchedOn == null;
    }
}
