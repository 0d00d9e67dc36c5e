package vn.vusta.platform.nationalreview;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A province's figures for a period by indicator code (reported figure: the entered value, else the computed one),
 * from its report if sent (SENT or ACCEPTED), and the same period a year earlier.
 */
public record TableRow(ProvinceStatus status, Map<String, BigDecimal> values, Map<String, BigDecimal> previous) {

    public BigDecimal value(String code) {
        return values.get(code);
    }

    public BigDecimal previous(String code) {
        return previous.get(code);
    }

    /** The change on a year earlier, when both figures exist. */
    public BigDecimal change(String code) {
        return NationalTable.difference(values.get(code), previous.get(code));
    }
}
