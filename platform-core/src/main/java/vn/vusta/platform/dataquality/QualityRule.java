package vn.vusta.platform.dataquality;

import vn.vusta.platform.reports.Section;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A data-quality rule of a year's indicator set. Which of operator/otherCode/factor, percent, min/max and threshold
 * apply depends on the kind (V36).
 *
 * @param explanation what the union reads beside a figure that fails it (Vietnamese)
 */
public record QualityRule(UUID id, int year, RuleKind kind, String indicatorCode, Operator operator, String otherCode,
                          BigDecimal factor, BigDecimal percent, BigDecimal min, BigDecimal max, BigDecimal threshold,
                          Importance importance, String explanation, List<Section> areas, boolean active) {

    public boolean isBlocking() {
        return importance == Importance.BLOCKING;
    }

    /** The rule in a line, as the pages and the API name it: "TT02 ≥ TT01", "|TC05 − TC05[-1y]| ≤ 20 %", … */
    public String formula() {
        return switch (kind) {
            case COMPARISON -> indicatorCode + " " + operator.symbol() + " "
                    + (factor == null || factor.compareTo(BigDecimal.ONE) == 0 ? "" : plain(factor) + " × ") + otherCode;
            case YEAR_ON_YEAR -> "|" + indicatorCode + " − " + indicatorCode + "[-1y]| ≤ " + plain(percent) + " %";
            case RANGE -> (min == null ? "" : plain(min) + " ≤ ") + indicatorCode + (max == null ? "" : " ≤ " + plain(max));
            case OUTLIER -> "|z(" + indicatorCode + ")| ≤ " + plain(threshold);
        };
    }

    /** The figures the rule reads from the report itself. */
    public List<String> codes() {
        return otherCode == null ? List.of(indicatorCode) : List.of(indicatorCode, otherCode);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
