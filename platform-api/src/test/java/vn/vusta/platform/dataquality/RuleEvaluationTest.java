package vn.vusta.platform.dataquality;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The arithmetic of each kind of rule, worked by hand: between figures (with a factor), a year earlier, min/max, and
 * the modified z-score over a union's own history (not evaluated under four past figures).
 */
class RuleEvaluationTest {

    @Test
    void aComparisonHoldsTheFigureAgainstTheOtherTimesTheFactor() {
        QualityRule participants = rule(RuleKind.COMPARISON, "TT02", Operator.GE, "TT01", "20", null, null, null, null);
        assertThat(outcome(participants, Map.of("TT02", 200, "TT01", 10))).isEqualTo(Outcome.PASSED);
        assertThat(outcome(participants, Map.of("TT02", 199, "TT01", 10))).isEqualTo(Outcome.FAILED);
        assertThat(RuleEvaluation.evaluate(participants, figures(Map.of("TT02", 199, "TT01", 10))).comparedTo())
                .isEqualByComparingTo("200");
        assertThat(outcome(participants, Map.of("TT02", 199))).as("the other figure missing").isEqualTo(Outcome.NOT_EVALUATED);
        QualityRule completed = rule(RuleKind.COMPARISON, "TV02", Operator.LE, "TV01", "1", null, null, null, null);
        assertThat(outcome(completed, Map.of("TV02", 4, "TV01", 10))).isEqualTo(Outcome.PASSED);
        assertThat(outcome(completed, Map.of("TV02", 11, "TV01", 10))).isEqualTo(Outcome.FAILED);
    }

    @Test
    void aYearOnYearRuleAllowsThePercentOfTheFigureAYearEarlier() {
        QualityRule members = rule(RuleKind.YEAR_ON_YEAR, "TC05", null, null, null, "20", null, null, null);
        var earlier = Map.of("TC05", new BigDecimal("1000"));
        assertThat(RuleEvaluation.evaluate(members, new RuleEvaluation.Figures(values(Map.of("TC05", 1200)), earlier, Map.of())).outcome())
                .isEqualTo(Outcome.PASSED);
        assertThat(RuleEvaluation.evaluate(members, new RuleEvaluation.Figures(values(Map.of("TC05", 800)), earlier, Map.of())).outcome())
                .isEqualTo(Outcome.PASSED);
        assertThat(RuleEvaluation.evaluate(members, new RuleEvaluation.Figures(values(Map.of("TC05", 1201)), earlier, Map.of())).outcome())
                .isEqualTo(Outcome.FAILED);
        assertThat(RuleEvaluation.evaluate(members, new RuleEvaluation.Figures(values(Map.of("TC05", 799)), earlier, Map.of())).outcome())
                .isEqualTo(Outcome.FAILED);
        assertThat(outcome(members, Map.of("TC05", 799))).as("no report a year earlier").isEqualTo(Outcome.NOT_EVALUATED);
    }

    @Test
    void aRangeHoldsTheFigureBetweenItsBounds() {
        QualityRule associations = rule(RuleKind.RANGE, "TC01", null, null, null, null, "0", "2000", null);
        assertThat(outcome(associations, Map.of("TC01", 0))).isEqualTo(Outcome.PASSED);
        assertThat(outcome(associations, Map.of("TC01", 2000))).isEqualTo(Outcome.PASSED);
        assertThat(outcome(associations, Map.of("TC01", 2001))).isEqualTo(Outcome.FAILED);
        assertThat(outcome(associations, Map.of("TC01", -1))).isEqualTo(Outcome.FAILED);
        QualityRule atLeast = rule(RuleKind.RANGE, "TC05", null, null, null, null, "10", null, null);
        assertThat(outcome(atLeast, Map.of("TC05", 1_000_000))).isEqualTo(Outcome.PASSED);
        assertThat(outcome(atLeast, Map.of("TC05", 9))).isEqualTo(Outcome.FAILED);
    }

    /**
     * History 100, 110, 120, 130, 140: median 120, deviations 20, 10, 0, 10, 20, MAD 10. The z-score of x is
     * 0,6745·(x − 120)/10: 171 gives 3,44 (within 3,5), 172 gives 3,51 (an outlier), and 68 gives −3,51.
     */
    @Test
    void anOutlierIsFarFromTheUnionsOwnHistoryByTheModifiedZScore() {
        QualityRule members = rule(RuleKind.OUTLIER, "TC05", null, null, null, null, null, null, "3.5");
        var history = Map.of("TC05", List.of(big(100), big(110), big(120), big(130), big(140)));
        assertThat(outlier(members, 171, history)).isEqualTo(Outcome.PASSED);
        assertThat(outlier(members, 172, history)).isEqualTo(Outcome.FAILED);
        assertThat(outlier(members, 68, history)).isEqualTo(Outcome.FAILED);
        assertThat(outlier(members, 69, history)).isEqualTo(Outcome.PASSED);
        assertThat(RuleEvaluation.evaluate(members, new RuleEvaluation.Figures(values(Map.of("TC05", 172)), null, history)).comparedTo())
                .as("the median").isEqualByComparingTo("120");
        // Three past figures are too few to say what is unusual.
        assertThat(outlier(members, 10_000, Map.of("TC05", List.of(big(100), big(110), big(120))))).isEqualTo(Outcome.NOT_EVALUATED);
        // Most of the history one figure (MAD 0): that figure passes, any other is unusual.
        var flat = Map.of("TC05", List.of(big(5), big(5), big(5), big(7)));
        assertThat(outlier(members, 5, flat)).isEqualTo(Outcome.PASSED);
        assertThat(outlier(members, 6, flat)).isEqualTo(Outcome.FAILED);
    }

    private static Outcome outlier(QualityRule rule, int x, Map<String, List<BigDecimal>> history) {
        return RuleEvaluation.evaluate(rule, new RuleEvaluation.Figures(values(Map.of(rule.indicatorCode(), x)), null, history)).outcome();
    }

    private static Outcome outcome(QualityRule rule, Map<String, Integer> current) {
        return RuleEvaluation.evaluate(rule, figures(current)).outcome();
    }

    private static RuleEvaluation.Figures figures(Map<String, Integer> current) {
        return new RuleEvaluation.Figures(values(current), null, Map.of());
    }

    private static Map<String, BigDecimal> values(Map<String, Integer> current) {
        var values = new java.util.HashMap<String, BigDecimal>();
        current.forEach((k, v) -> values.put(k, big(v)));
        return values;
    }

    private static BigDecimal big(int v) {
        return BigDecimal.valueOf(v);
    }

    private static QualityRule rule(RuleKind kind, String code, Operator operator, String other, String factor, String percent,
                                    String min, String max, String threshold) {
        return new QualityRule(UUID.randomUUID(), 2025, kind, code, operator, other, dec(factor), dec(percent), dec(min), dec(max),
                dec(threshold), Importance.WARNING, "Giải thích", List.of(), true);
    }

    private static BigDecimal dec(String s) {
        return s == null ? null : new BigDecimal(s);
    }
}
