package vn.vusta.platform.dataquality;

import org.jooq.DSLContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.platform.audit.NationalAuditLog;
import vn.vusta.platform.db.jooq.tables.records.QualityRuleRecord;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.reportingcalendar.IndicatorSetCopied;
import vn.vusta.platform.reports.Section;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static vn.vusta.platform.db.jooq.Tables.INDICATOR;
import static vn.vusta.platform.db.jooq.Tables.QUALITY_RULE;

/**
 * The national union's data-quality rules, per year of the indicator set: listed, added, changed (deactivated) and
 * removed by the national reviewers, each change in the national audit log. Copying a year's indicator set copies
 * its rules over the indicators copied.
 */
@Service
public class QualityRules {

    static final BigDecimal DEFAULT_THRESHOLD = new BigDecimal("3.5");
    private static final int EXPLANATION_MAX = 1000;

    private final DSLContext db;
    private final NationalAuditLog audit;

    QualityRules(DSLContext db, NationalAuditLog audit) {
        this.db = db;
        this.audit = audit;
    }

    /** The year's rules in their order, inactive ones included. */
    @Transactional(readOnly = true)
    public List<QualityRule> ofYear(int year) {
        return db.selectFrom(QUALITY_RULE).where(QUALITY_RULE.YEAR.eq((short) year))
                .orderBy(QUALITY_RULE.POSITION, QUALITY_RULE.ID).fetch(QualityRules::toRule);
    }

    /** The year's active rules: those run over reports. */
    @Transactional(readOnly = true)
    public List<QualityRule> activeOfYear(int year) {
        return ofYear(year).stream().filter(QualityRule::active).toList();
    }

    @Transactional(readOnly = true)
    public Optional<QualityRule> find(UUID id) {
        return db.selectFrom(QUALITY_RULE).where(QUALITY_RULE.ID.eq(id)).fetchOptional(QualityRules::toRule);
    }

    @Transactional
    public QualityRule add(int year, RuleDraft draft) {
        check(year, draft);
        Integer last = db.select(org.jooq.impl.DSL.max(QUALITY_RULE.POSITION)).from(QUALITY_RULE)
                .where(QUALITY_RULE.YEAR.eq((short) year)).fetchOne(0, Integer.class);
        QualityRuleRecord created = db.newRecord(QUALITY_RULE);
        created.setYear((short) year);
        created.setPosition(last == null ? 1 : last + 1);
        fill(created, draft);
        created.insert();
        created.refresh();
        audit.record("quality-rule.added", null, created, created.getId());
        return toRule(created);
    }

    @Transactional
    public Optional<QualityRule> change(UUID id, RuleDraft draft) {
        return db.selectFrom(QUALITY_RULE).where(QUALITY_RULE.ID.eq(id)).forUpdate().fetchOptional().map(before -> {
            check(before.getYear(), draft);
            QualityRuleRecord after = before.copy();
            after.setId(id);
            after.setYear(before.getYear());
            after.setPosition(before.getPosition());
            after.setCreatedAt(before.getCreatedAt());
            fill(after, draft);
            after.setUpdatedAt(OffsetDateTime.now());
            after.attach(db.configuration());
            after.changed(QUALITY_RULE.ID, false);
            db.update(QUALITY_RULE).set(after).where(QUALITY_RULE.ID.eq(id)).execute();
            audit.record("quality-rule.changed", before, after, id);
            return toRule(after);
        });
    }

    /** Removes a rule, and with it its results and the unions' explanations; false when there is no such rule. */
    @Transactional
    public boolean remove(UUID id) {
        return db.selectFrom(QUALITY_RULE).where(QUALITY_RULE.ID.eq(id)).forUpdate().fetchOptional().map(before -> {
            db.deleteFrom(QUALITY_RULE).where(QUALITY_RULE.ID.eq(id)).execute();
            audit.record("quality-rule.removed", before, null, id);
            return true;
        }).orElse(false);
    }

    /**
     * The rules follow a copied indicator set: each rule whose indicators the next year has, unless the next year has
     * the same rule already (copying again adds what was added since).
     */
    @EventListener
    void copied(IndicatorSetCopied copy) {
        List<QualityRule> existing = ofYear(copy.toYear());
        Set<String> there = new HashSet<>(db.select(INDICATOR.CODE).from(INDICATOR)
                .where(INDICATOR.YEAR.eq((short) copy.toYear())).fetch(INDICATOR.CODE));
        for (QualityRuleRecord rule : db.selectFrom(QUALITY_RULE).where(QUALITY_RULE.YEAR.eq((short) copy.fromYear()))
                .orderBy(QUALITY_RULE.POSITION).fetch()) {
            boolean indicatorsThere = there.contains(rule.getIndicatorCode())
                    && (rule.getOtherCode() == null || there.contains(rule.getOtherCode()));
            QualityRule read = toRule(rule);
            boolean alreadyThere = existing.stream().anyMatch(e -> e.formula().equals(read.formula()));
            if (!indicatorsThere || alreadyThere) {
                continue;
            }
            QualityRuleRecord created = rule.copy();
            created.setYear((short) copy.toYear());
            created.attach(db.configuration());
            created.insert();
            created.refresh();
            audit.record("quality-rule.added", null, created, created.getId());
        }
    }

    private void check(int year, RuleDraft d) {
        if (d.kind() == null) {
            throw RefusedException.invalid("kind", "dataquality.refusal.kind-missing");
        }
        indicator(year, "indicatorCode", d.indicatorCode());
        switch (d.kind()) {
            case COMPARISON -> {
                if (d.operator() == null) {
                    throw RefusedException.invalid("operator", "dataquality.refusal.operator-missing");
                }
                indicator(year, "otherCode", d.otherCode());
                if (d.factor() != null && d.factor().signum() <= 0) {
                    throw RefusedException.invalid("factor", "dataquality.refusal.factor-positive");
                }
            }
            case YEAR_ON_YEAR -> {
                if (d.percent() == null || d.percent().signum() < 0) {
                    throw RefusedException.invalid("percent", "dataquality.refusal.percent-missing");
                }
            }
            case RANGE -> {
                if (d.min() == null && d.max() == null) {
                    throw RefusedException.invalid("min", "dataquality.refusal.range-missing");
                }
                if (d.min() != null && d.max() != null && d.min().compareTo(d.max()) > 0) {
                    throw RefusedException.invalid("max", "dataquality.refusal.range-reversed");
                }
            }
            case OUTLIER -> {
                if (d.threshold() != null && d.threshold().signum() <= 0) {
                    throw RefusedException.invalid("threshold", "dataquality.refusal.threshold-positive");
                }
            }
        }
        if (d.explanation() == null || d.explanation().isBlank()) {
            throw RefusedException.invalid("explanation", "dataquality.refusal.explanation-missing");
        }
        if (d.explanation().strip().length() > EXPLANATION_MAX) {
            throw RefusedException.invalid("explanation", "dataquality.refusal.explanation-too-long", EXPLANATION_MAX);
        }
        if (d.areas() != null && d.areas().stream().anyMatch(a -> a == null || a.ordinal() > Section.EMULATION_COMMENDATION.ordinal())) {
            throw RefusedException.invalid("areas", "dataquality.refusal.area-unknown");
        }
    }

    private void indicator(int year, String field, String code) {
        if (code == null || code.isBlank()) {
            throw RefusedException.invalid(field, "dataquality.refusal.indicator-missing");
        }
        if (!db.fetchExists(INDICATOR, INDICATOR.YEAR.eq((short) year), INDICATOR.CODE.eq(code))) {
            throw RefusedException.invalid(field, "dataquality.refusal.indicator-unknown", code, String.valueOf(year));
        }
    }

    private static void fill(QualityRuleRecord r, RuleDraft d) {
        boolean comparison = d.kind() == RuleKind.COMPARISON;
        r.setKind(d.kind().name());
        r.setIndicatorCode(d.indicatorCode());
        r.setOperator(comparison ? d.operator().name() : null);
        r.setOtherCode(comparison ? d.otherCode() : null);
        r.setFactor(comparison ? (d.factor() == null ? BigDecimal.ONE : d.factor()) : null);
        r.setPercent(d.kind() == RuleKind.YEAR_ON_YEAR ? d.percent() : null);
        r.setMinValue(d.kind() == RuleKind.RANGE ? d.min() : null);
        r.setMaxValue(d.kind() == RuleKind.RANGE ? d.max() : null);
        r.setThreshold(d.kind() == RuleKind.OUTLIER ? (d.threshold() == null ? DEFAULT_THRESHOLD : d.threshold()) : null);
        r.setImportance((d.importance() == null ? Importance.WARNING : d.importance()).name());
        r.setExplanation(d.explanation().strip());
        r.setAreas(d.areas() == null ? new String[0] : d.areas().stream().map(Enum::name).toArray(String[]::new));
        r.setActive(d.active() == null || d.active());
    }

    static QualityRule toRule(QualityRuleRecord r) {
        return new QualityRule(r.getId(), r.getYear(), r.into(DataQualityColumns.KIND).value1(), r.getIndicatorCode(),
                r.into(DataQualityColumns.OPERATOR).value1(), r.getOtherCode(), r.getFactor(), r.getPercent(),
                r.getMinValue(), r.getMaxValue(), r.getThreshold(), r.into(DataQualityColumns.IMPORTANCE).value1(),
                r.getExplanation(), Arrays.stream(r.getAreas()).map(Section::valueOf).toList(), r.getActive());
    }
}
