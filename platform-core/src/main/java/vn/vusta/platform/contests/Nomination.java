package vn.vusta.platform.contests;

import java.time.LocalDate;
import java.util.UUID;

/** An entry forwarded to a national award for a year, and what came of it. */
public record Nomination(UUID id, UUID editionId, String editionName, UUID entryId, String entryTitle,
                         NationalAward award, int year, LocalDate nominatedOn, NominationResult result,
                         String resultNote) {
}
