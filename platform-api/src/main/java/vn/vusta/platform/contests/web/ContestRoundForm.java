package vn.vusta.platform.contests.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.vusta.platform.contests.RoundDraft;

import java.time.LocalDate;

/** The page's form for a judging round. */
record ContestRoundForm(@NotNull Integer number, @NotBlank @Size(max = 200) String name,
                        LocalDate heldOn) {

    RoundDraft draft() {
        return new RoundDraft(number, name, heldOn);
    }
}
