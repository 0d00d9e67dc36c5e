package vn.vusta.platform.contests.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.vusta.platform.contests.EditionDraft;

/** The page's form for a new edition of a contest; the name is derived when left empty. */
record ContestEditionForm(Integer number, @NotNull Integer startYear, @NotNull Integer endYear,
                          @Size(max = 400) String name) {

    EditionDraft draft() {
        return new EditionDraft(number, startYear, endYear, name);
    }
}
