package vn.vusta.platform.dataquality;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.platform.audit.AuditLog;
import vn.vusta.platform.db.jooq.tables.records.QualityResultRecord;
import vn.vusta.platform.identity.Actor;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.reports.Figure;
import vn.vusta.platform.reports.Report;
import vn.vusta.platform.reports.ReportStatus;
import vn.vusta.platform.reports.Reports;
import vn.vusta.platform.reports.SendingCheck;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static vn.vusta.platform.db.jooq.Tables.QUALITY_RESULT;

/**
 * The rules over one report: run on its figures as they stand (the page flags each figure as it is saved), kept with
 * the union's explanations of failed warnings, and checked before sending — a failed blocking rule, or a failed
 * warning without its explanation, refuses the sending (422, naming the figure: {@code values.<CODE>}); the outcomes
 * the national union received are kept then. Reviewers read the same results, with the explanations.
 */
@Service
public class ReportQuality implements SendingCheck {

    private static final int EXPLANATION_MAX = 2000;

    private final DSLContext db;
    private final QualityRules rules;
    private final ReportFigures figures;
    private final Reports reports;
    private final AuditLog audit;

    ReportQuality(DSLContext db, QualityRules rules, ReportFigures figures, Reports reports, AuditLog audit) {
        this.db = db;
        this.rules = rules;
        this.figures = figures;
        this.reports = reports;
        this.audit = audit;
    }

    /** The active rules of the report's year over its figures as they stand, each with the union's explanation. */
    @Transactional(readOnly = true)
    public List<RuleResult> results(Report report) {
        Map<UUID, QualityResultRecord> kept = new HashMap<>();
        db.selectFrom(QUALITY_RESULT)
                .where(QUALITY_RESULT.TENANT_ID.eq(report.tenantId()), QUALITY_RESULT.REPORT_ID.eq(report.id()))
                .forEach(r -> kept.put(r.getRuleId(), r));
        var around = figures.received(report.period().kind(), report.period().year(), report.tenantId(), report.provinceCode())
                .around(report.provinceCode(), report.period().year(), current(report));
        return rules.activeOfYear(report.period().year()).stream()
                .map(rule -> {
                    RuleResult result = RuleEvaluation.evaluate(rule, around);
                    QualityResultRecord k = kept.get(rule.id());
                    return k == null || k.getExplanation() == null ? result
                            : result.explained(k.getExplanation(), k.getExplainedBy(), k.getExplainedAt());
                })
                .toList();
    }

    /** The failed results beside one figure. */
    public List<RuleResult> failedAt(List<RuleResult> results, String code) {
        return results.stream().filter(r -> r.failed() && r.rule().codes().contains(code)).toList();
    }

    /**
     * The union explains a failed rule (or takes its explanation back, with an empty text) while its report has not
     * been sent; the reviewer reads it beside the result.
     */
    @Transactional
    public Optional<List<RuleResult>> explain(UUID reportId, UUID ruleId, String text) {
        return reports.find(reportId).map(report -> {
            if (report.status() == ReportStatus.SENT || report.status() == ReportStatus.ACCEPTED) {
                throw RefusedException.conflict("status", "dataquality.refusal.explanation-locked");
            }
            String said = text == null || text.isBlank() ? null : text.strip();
            if (said != null && said.length() > EXPLANATION_MAX) {
                throw RefusedException.invalid("explanation", "dataquality.refusal.explanation-too-long", EXPLANATION_MAX);
            }
            RuleResult result = results(report).stream().filter(r -> r.rule().id().equals(ruleId)).findFirst()
                    .orElseThrow(() -> RefusedException.notFound("quality-rule", ruleId));
            if (said != null && !result.failed()) {
                throw RefusedException.invalid("explanation", "dataquality.refusal.nothing-to-explain");
            }
            QualityResultRecord before = kept(report, ruleId);
            OffsetDateTime now = OffsetDateTime.now();
            Map<Field<?>, Object> values = outcome(result, now);
            values.put(QUALITY_RESULT.EXPLANATION, said);
            values.put(QUALITY_RESULT.EXPLAINED_BY, said == null ? null : Actor.current().username());
            values.put(QUALITY_RESULT.EXPLAINED_AT, said == null ? null : now);
            QualityResultRecord after = db.insertInto(QUALITY_RESULT)
                    .set(QUALITY_RESULT.TENANT_ID, report.tenantId())
                    .set(QUALITY_RESULT.REPORT_ID, report.id())
                    .set(QUALITY_RESULT.RULE_ID, ruleId)
                    .set(values)
                    .onConflict(QUALITY_RESULT.TENANT_ID, QUALITY_RESULT.REPORT_ID, QUALITY_RESULT.RULE_ID)
                    .doUpdate()
                    .set(values)
                    .returning()
                    .fetchSingle();
            audit.record(said == null ? "quality-result.explanation-removed" : "quality-result.explained", before, after,
                    reportId + "/" + ruleId);
            return results(report);
        });
    }

    /**
     * Before the report leaves: the outcomes are kept (what the national union received), then the sending is refused
     * while a blocking rule fails or a failed warning is not explained, naming each figure ({@code values.<CODE>}).
     */
    @Override
    public void beforeSending(Report report) {
        List<RuleResult> results = results(report);
        OffsetDateTime now = OffsetDateTime.now();
        for (RuleResult r : results) {
            Map<Field<?>, Object> outcome = outcome(r, now);
            db.insertInto(QUALITY_RESULT)
                    .set(QUALITY_RESULT.TENANT_ID, report.tenantId())
                    .set(QUALITY_RESULT.REPORT_ID, report.id())
                    .set(QUALITY_RESULT.RULE_ID, r.rule().id())
                    .set(outcome)
                    .onConflict(QUALITY_RESULT.TENANT_ID, QUALITY_RESULT.REPORT_ID, QUALITY_RESULT.RULE_ID)
                    .doUpdate()
                    .set(outcome)
                    .execute();
        }
        List<RuleResult> stopping = results.stream().filter(RuleResult::stopsSending).toList();
        if (stopping.isEmpty()) {
            return;
        }
        var details = stopping.stream().map(r -> new RefusedException.Detail(Map.of("field", "values." + r.code()),
                refusal(r), List.of(r.code(), r.rule().explanation()))).toList();
        RuleResult first = stopping.getFirst();
        throw RefusedException.invalid("values." + first.code(), refusal(first), details, first.code(), first.rule().explanation());
    }

    private static String refusal(RuleResult r) {
        return r.rule().isBlocking() ? "dataquality.refusal.blocking" : "dataquality.refusal.unexplained";
    }

    private QualityResultRecord kept(Report report, UUID ruleId) {
        return db.selectFrom(QUALITY_RESULT).where(QUALITY_RESULT.TENANT_ID.eq(report.tenantId()),
                QUALITY_RESULT.REPORT_ID.eq(report.id()), QUALITY_RESULT.RULE_ID.eq(ruleId)).fetchOne();
    }

    static Map<String, BigDecimal> current(Report report) {
        Map<String, BigDecimal> current = new HashMap<>();
        for (Figure f : report.figures()) {
            if (f.reported() != null) {
                current.put(f.code(), f.reported());
            }
        }
        return current;
    }

    /** A rule's outcome as kept, written the same on a first evaluation and on a later one. */
    private static Map<Field<?>, Object> outcome(RuleResult result, OffsetDateTime now) {
        Map<Field<?>, Object> kept = new LinkedHashMap<>();
        kept.put(QUALITY_RESULT.OUTCOME, result.outcome().name());
        kept.put(QUALITY_RESULT.VALUE, result.value());
        kept.put(QUALITY_RESULT.COMPARED_TO, result.comparedTo());
        kept.put(QUALITY_RESULT.EVALUATED_AT, now);
        return kept;
    }
}
