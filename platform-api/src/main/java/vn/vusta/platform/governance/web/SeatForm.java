package vn.vusta.platform.governance.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.vusta.platform.governance.Decision;
import vn.vusta.platform.governance.MandateDraft;
import vn.vusta.platform.governance.MandateStart;
import vn.vusta.platform.governance.Position;

import java.time.LocalDate;
import java.util.UUID;

/** The page's form for a member taking a seat, a supplementary election among others. */
record SeatForm(@NotNull UUID memberId, @NotNull Position position, @NotNull MandateStart startKind,
                @NotNull LocalDate startsOn,
                @Size(max = 100) String decisionNumber,
                LocalDate decisionDate,
                @NotBlank @Size(max = 500) String decisionText, UUID replacesMandateId) {

    MandateDraft draft() {
        return new MandateDraft(memberId, position, startsOn, startKind,
                new Decision(decisionNumber == null || decisionNumber.isBlank() ? null : decisionNumber.strip(),
                        decisionDate, decisionText.strip()),
                replacesMandateId);
    }
}
