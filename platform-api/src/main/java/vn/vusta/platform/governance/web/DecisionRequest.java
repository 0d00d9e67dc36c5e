package vn.vusta.platform.governance.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.vusta.platform.governance.Decision;

import java.time.LocalDate;

/** The decision or meeting behind a change of the governance: number (none for a meeting), date, wording. */
record DecisionRequest(@Size(max = 100) String number, LocalDate date, @NotBlank @Size(max = 500) String text) {

    Decision decision() {
        return new Decision(number == null || number.isBlank() ? null : number.strip(), date, text.strip());
    }
}
