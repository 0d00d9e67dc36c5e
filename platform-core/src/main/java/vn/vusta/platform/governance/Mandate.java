package vn.vusta.platform.governance;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A seat of a body held by a member in a position, from {@code startsOn} to {@code endsOn} (exclusive: a successor
 * elected that day holds it that day; null while it is held), each end with the decision or meeting that made it.
 *
 * @param replacesMandateId the ended mandate whose seat a supplementary election filled, or null
 */
public record Mandate(UUID id, UUID bodyId, BodyKind body, Holder holder, Position position, LocalDate startsOn,
                      MandateStart startKind, Decision startDecision, LocalDate endsOn, MandateEnd endReason,
                      Decision endDecision, UUID replacesMandateId) {

    public boolean heldOn(LocalDate day) {
        return !startsOn.isAfter(day) && (endsOn == null || endsOn.isAfter(day));
    }
}
