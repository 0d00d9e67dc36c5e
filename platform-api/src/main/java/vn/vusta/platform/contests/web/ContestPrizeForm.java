package vn.vusta.platform.contests.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.vusta.platform.contests.PrizeDraft;
import vn.vusta.platform.contests.PrizeGrade;

import java.time.LocalDate;
import java.util.UUID;

/** The page's form for a prize. */
record ContestPrizeForm(@NotNull UUID entryId, @NotNull PrizeGrade grade,
                        LocalDate awardedOn,
                        @Size(max = 500) String decision) {

    PrizeDraft draft() {
        return new PrizeDraft(entryId, grade, awardedOn, decision);
    }
}
