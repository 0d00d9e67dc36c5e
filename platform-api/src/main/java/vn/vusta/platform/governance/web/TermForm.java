package vn.vusta.platform.governance.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.vusta.platform.governance.TermDraft;

import java.time.LocalDate;

/** The page's form for a new term. */
record TermForm(@NotNull Integer startYear, @NotNull Integer endYear, @NotBlank @Size(max = 300) String congress,
                @NotNull LocalDate startsOn) {

    static TermForm empty() {
        return new TermForm(null, null, "", null);
    }

    TermDraft draft() {
        return new TermDraft(startYear, endYear, congress.strip(), startsOn);
    }
}
