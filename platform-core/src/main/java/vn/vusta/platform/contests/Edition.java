package vn.vusta.platform.contests;

import vn.vusta.platform.files.StoredFile;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An edition with everything it holds: entries, judges, rounds with their standings, prizes, nominations, and the
 * files attached (the launching notice, the results, photos).
 */
public record Edition(UUID id, UUID contestId, String contestName, ContestKind contestKind, String partner,
                      Integer number, int startYear, int endYear, String name, LocalDate launchedOn,
                      String launchNotice, List<ContestEntry> entries, List<Judge> judges, List<JudgingRound> rounds,
                      List<Prize> prizes, List<Nomination> nominations, List<StoredFile> attachments) {

    public boolean planned() {
        return launchedOn == null;
    }
}
