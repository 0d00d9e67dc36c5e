package vn.vusta.platform.dataquality;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a rule over one report's figures: pure arithmetic, the figures read by {@link ReportFigures}. A rule that
 * lacks a figure it needs (not reported, no report a year earlier, fewer than four past figures) is not evaluated.
 */
final class RuleEvaluation {

    /** The modified z-score's constant (Iglewicz and Hoaglin): 0,6745 = the normal distribution's MAD / σ. */
    private static final BigDecimal Z_CONSTANT = new BigDecimal("0.6745");
    static final int HISTORY_NEEDED = 4;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RuleEvaluation() {
    }

    /** The figures of a report, of the union's report of the same period a year earlier, and of its past ones. */
    record Figures(Map<String, BigDecimal> current, Map<String, BigDecimal> yearEarlier, Map<String, List<BigDecimal>> history) {
    }

    static RuleResult evaluate(QualityRule rule, Figures figures) {
        BigDecimal x = figures.current().get(rule.indicatorCode());
        if (x == null) {
            return result(rule, Outcome.NOT_EVALUATED, null, null);
        }
        return switch (rule.kind()) {
            case COMPARISON -> {
                BigDecimal other = figures.current().get(rule.otherCode());
                if (other == null) {
                    yield result(rule, Outcome.NOT_EVALUATED, x, null);
                }
                BigDecimal right = other.multiply(rule.factor() == null ? BigDecimal.ONE : rule.factor());
                yield result(rule, rule.operator().holds(x, right) ? Outcome.PASSED : Outcome.FAILED, x, right);
            }
            case YEAR_ON_YEAR -> {
                BigDecimal earlier = figures.yearEarlier() == null ? null : figures.yearEarlier().get(rule.indicatorCode());
                // A percentage of nothing says nothing: a union that reported 0 a year earlier is not held to it.
                if (earlier == null || earlier.signum() == 0) {
                    yield result(rule, Outcome.NOT_EVALUATED, x, earlier);
                }
                BigDecimal allowed = earlier.abs().multiply(rule.percent()).divide(HUNDRED, 4, RoundingMode.HALF_UP);
                yield result(rule, x.subtract(earlier).abs().compareTo(allowed) <= 0 ? Outcome.PASSED : Outcome.FAILED, x, earlier);
            }
            case RANGE -> {
                boolean within = (rule.min() == null || x.compareTo(rule.min()) >= 0) && (rule.max() == null || x.compareTo(rule.max()) <= 0);
                yield result(rule, within ? Outcome.PASSED : Outcome.FAILED, x, null);
            }
            case OUTLIER -> {
                List<BigDecimal> past = figures.history() == null ? List.of() : figures.history().getOrDefault(rule.indicatorCode(), List.of());
                if (past.size() < HISTORY_NEEDED) {
                    yield result(rule, Outcome.NOT_EVALUATED, x, null);
                }
                BigDecimal median = median(past);
                List<BigDecimal> deviations = new ArrayList<>();
                for (BigDecimal p : past) {
                    deviations.add(p.subtract(median).abs());
                }
                BigDecimal mad = median(deviations);
                if (mad.signum() == 0) {
                    // Half the history is one figure: any other figure is as far off as can be, that one is not.
                    yield result(rule, x.compareTo(median) == 0 ? Outcome.PASSED : Outcome.FAILED, x, median);
                }
                BigDecimal z = Z_CONSTANT.multiply(x.subtract(median)).divide(mad, MathContext.DECIMAL64).abs();
                yield result(rule, z.compareTo(rule.threshold()) <= 0 ? Outcome.PASSED : Outcome.FAILED, x, median);
            }
        };
    }

    static BigDecimal median(List<BigDecimal> values) {
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 4, RoundingMode.HALF_UP);
    }

    private static RuleResult result(QualityRule rule, Outcome outcome, BigDecimal value, BigDecimal comparedTo) {
        return new RuleResult(rule, outcome, value, comparedTo, null, null, null);
    }
}
