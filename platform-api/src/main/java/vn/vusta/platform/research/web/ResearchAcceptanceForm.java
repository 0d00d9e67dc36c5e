package vn.vusta.platform.research.web;

import jakarta.validation.constraints.Size;
import vn.vusta.platform.research.Acceptance;
import vn.vusta.platform.research.AcceptanceRating;

import java.time.LocalDate;

/** The page's form for the acceptance (nghiệm thu) of a project; the service says what is missing. */
record ResearchAcceptanceForm(LocalDate acceptedOn,
                              AcceptanceRating rating, @Size(max = 2000) String notes) {

    static ResearchAcceptanceForm empty() {
        return new ResearchAcceptanceForm(null, null, "");
    }

    Acceptance acceptance() {
        return new Acceptance(acceptedOn, rating, notes);
    }
}
