package vn.vusta.platform.members;

import java.time.LocalDate;

/** A consent given or withdrawn, as the union's staff enter it; checked by {@link Consents}. */
public record ConsentDraft(ConsentPurpose purpose, Boolean given, LocalDate effectiveOn, ConsentWay way, String evidence) {
}
