package vn.vusta.platform.dataquality;

import vn.vusta.platform.reports.Section;

import java.math.BigDecimal;
import java.util.List;

/** A rule as the national union writes it; what its kind does not use is ignored. Null active means active. */
public record RuleDraft(RuleKind kind, String indicatorCode, Operator operator, String otherCode, BigDecimal factor,
                        BigDecimal percent, BigDecimal min, BigDecimal max, BigDecimal threshold, Importance importance,
                        String explanation, List<Section> areas, Boolean active) {
}
