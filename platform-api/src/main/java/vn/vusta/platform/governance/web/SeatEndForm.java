package vn.vusta.platform.governance.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.vusta.platform.governance.Decision;
import vn.vusta.platform.governance.MandateEnd;
import vn.vusta.platform.governance.MandateEnding;

import java.time.LocalDate;

/** The page's form for a member leaving a seat. */
record SeatEndForm(@NotNull LocalDate endsOn, @NotNull MandateEnd reason,
                   @Size(max = 100) String decisionNumber,
                   LocalDate decisionDate,
                   @NotBlank @Size(max = 500) String decisionText) {

    MandateEnding ending() {
        return new MandateEnding(endsOn, reason,
                new Decision(decisionNumber == null || decisionNumber.isBlank() ? null : decisionNumber.strip(),
                        decisionDate, decisionText.strip()));
    }
}
