package vn.vusta.platform.contests.web;

import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;
import vn.vusta.platform.contests.NationalAward;
import vn.vusta.platform.contests.NominationDraft;

import java.time.LocalDate;
import java.util.UUID;

/** The page's form for a nomination to a national award. */
record ContestNominationForm(@NotNull UUID entryId, @NotNull NationalAward award, @NotNull Integer year,
                             @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate nominatedOn) {

    NominationDraft draft() {
        return new NominationDraft(entryId, award, year, nominatedOn);
    }
}
