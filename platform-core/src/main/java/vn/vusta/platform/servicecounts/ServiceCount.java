package vn.vusta.platform.servicecounts;

import java.time.LocalDate;
import java.util.UUID;

/**
 * How many services of a kind a unit did over a period (both days included).
 *
 * @param unitId   the unit; null for the union's own office
 * @param unitName its name; null for the union's own office
 */
public record ServiceCount(UUID id, UUID kindId, String kindName, String unitOfCount, UUID unitId, String unitName,
                           LocalDate periodStart, LocalDate periodEnd, int quantity, String notes) {

    /** Whether the count lies within a period (a bound left null is open), so that a total of it includes it. */
    public boolean within(LocalDate from, LocalDate to) {
        return (from == null || !periodStart.isBefore(from)) && (to == null || !periodEnd.isAfter(to));
    }
}
