package vn.vusta.platform.members;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One giving or withdrawal of a member's consent for one purpose; the latest for a purpose is the member's consent.
 *
 * @param given       true when given, false when withdrawn
 * @param effectiveOn the day the member gave or withdrew it
 * @param evidence    what shows it (a form's number, a letter, an e-mail's date), or null
 */
public record Consent(UUID id, ConsentPurpose purpose, boolean given, LocalDate effectiveOn, ConsentWay way,
                      String evidence, ConsentLaw law, String recordedBy, OffsetDateTime recordedAt) {
}
