package vn.vusta.platform.dataquality;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A rule's outcome on one report: the figure it checked and what it was held against (the other figure times the
 * factor, the figure a year earlier, the median of the union's history), and the union's explanation if any.
 */
public record RuleResult(QualityRule rule, Outcome outcome, BigDecimal value, BigDecimal comparedTo, String explanation,
                         String explainedBy, OffsetDateTime explainedAt) {

    public boolean failed() {
        return outcome == Outcome.FAILED;
    }

    /** Failed and keeps the report from being sent: blocking, or a warning nobody has explained. */
    public boolean stopsSending() {
        return failed() && (rule.isBlocking() || explanation == null);
    }

    /** The code of the figure the result is shown beside. */
    public String code() {
        return rule.indicatorCode();
    }

    RuleResult explained(String text, String by, OffsetDateTime at) {
        return new RuleResult(rule, outcome, value, comparedTo, text, by, at);
    }
}
