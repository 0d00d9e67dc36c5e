package vn.vusta.platform.members;

import java.time.LocalDate;
import java.util.UUID;

/** A member withdrew their consent for a purpose; published inside the transaction that recorded it. */
public record ConsentWithdrawn(UUID memberId, ConsentPurpose purpose, LocalDate effectiveOn) {
}
