package vn.vusta.platform.reports;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One indicator of a report: what the records gave ({@code computed}, null for an indicator entered by hand), what
 * the union entered instead or by hand with its reason, and the figure reported (the entered one if any).
 *
 * @param area the area of work (a {@link Section} of the first seven)
 */
public record Figure(String code, String name, String nameEn, String unit, String unitEn, Section area, String source,
                     BigDecimal computed, OffsetDateTime computedAt, BigDecimal entered, String reason,
                     OffsetDateTime enteredAt, String enteredBy) {

    public BigDecimal reported() {
        return entered != null ? entered : computed;
    }

    /** Computed from the records, as opposed to entered by hand. */
    public boolean isComputed() {
        return source != null;
    }

    /** The union entered a figure other than the one computed. */
    public boolean isOverridden() {
        return isComputed() && entered != null;
    }
}
