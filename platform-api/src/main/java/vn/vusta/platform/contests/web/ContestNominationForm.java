package vn.vusta.platform.contests.web;

import jakarta.validation.constraints.NotNull;
import vn.vusta.platform.contests.NationalAward;
import vn.vusta.platform.contests.NominationDraft;

import java.time.LocalDate;
import java.util.UUID;

/** The page's form for a nomination to a national award. */
record ContestNominationForm(@NotNull UUID entryId, @NotNull NationalAward award, @NotNull Integer year,
                             LocalDate nominatedOn) {

    NominationDraft draft() {
        return new NominationDraft(entryId, award, year, nominatedOn);
    }
}
