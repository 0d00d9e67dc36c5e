package vn.vusta.platform.governance;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A member taking a seat: elected at the congress, by a supplementary election (filling the seat of an ended mandate,
 * {@code replacesMandateId}, when there is one) or appointed.
 */
public record MandateDraft(UUID memberId, Position position, LocalDate startsOn, MandateStart startKind,
                           Decision decision, UUID replacesMandateId) {
}
