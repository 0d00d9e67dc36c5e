package vn.vusta.platform.servicecounts;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A count as the user enters it: how many of a kind a unit did over a period, both days included.
 *
 * @param unitId the unit that did them; null for the union's own office (cơ quan Liên hiệp hội)
 */
public record ServiceCountDraft(UUID kindId, UUID unitId, LocalDate periodStart, LocalDate periodEnd, Integer quantity,
                                String notes) {
}
