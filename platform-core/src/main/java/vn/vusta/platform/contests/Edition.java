package vn.vusta.platform.contests;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An edition with everything it holds: entries, judges, rounds with their standings, prizes, nominations. */
public record Edition(UUID id, UUID contestId, String contestName, ContestKind contestKind, String partner,
                      Integer number, int startYear, int endYear, String name, LocalDate launchedOn,
                      String launchNotice, List<ContestEntry> entries, List<Judge> judges, List<JudgingRound> rounds,
                      List<Prize> prizes, List<Nomination> nominations) {

    public boolean planned() {
        return launchedOn == null;
    }
}
