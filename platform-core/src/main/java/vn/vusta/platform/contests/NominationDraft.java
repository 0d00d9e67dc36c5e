package vn.vusta.platform.contests;

import java.time.LocalDate;
import java.util.UUID;

/** An entry of an edition to forward to a national award for a year. */
public record NominationDraft(UUID entryId, NationalAward award, int year, LocalDate nominatedOn) {
}
