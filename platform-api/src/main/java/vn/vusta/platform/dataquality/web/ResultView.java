package vn.vusta.platform.dataquality.web;

import vn.vusta.platform.dataquality.Importance;
import vn.vusta.platform.dataquality.Outcome;
import vn.vusta.platform.dataquality.RuleResult;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A rule's result on a report as the API gives it: the rule (its formula and explanation), the outcome, the figure
 * checked and what it was held against, the union's explanation, and whether it keeps the report from being sent.
 */
record ResultView(UUID ruleId, String code, String formula, Importance importance, String ruleExplanation, Outcome outcome,
                  BigDecimal value, BigDecimal comparedTo, String explanation, String explainedBy, OffsetDateTime explainedAt,
                  boolean stopsSending) {

    static ResultView of(RuleResult r) {
        return new ResultView(r.rule().id(), r.code(), r.rule().formula(), r.rule().importance(), r.rule().explanation(),
                r.outcome(), r.value(), r.comparedTo(), r.explanation(), r.explainedBy(), r.explainedAt(), r.stopsSending());
    }
}
