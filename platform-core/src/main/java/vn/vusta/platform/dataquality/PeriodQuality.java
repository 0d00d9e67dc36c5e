package vn.vusta.platform.dataquality;

import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.platform.reportingcalendar.PeriodKind;
import vn.vusta.platform.reportingcalendar.ReportingCalendar;
import vn.vusta.platform.reportingcalendar.ReportingPeriod;
import vn.vusta.platform.reports.ReportStatus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static vn.vusta.platform.db.jooq.Tables.FORMER_PROVINCE;
import static vn.vusta.platform.db.jooq.Tables.PROVINCE;
import static vn.vusta.platform.db.jooq.Tables.QUALITY_RESULT;

/**
 * The national union's data-quality review of a period (read in the national scope): the year's current rules run
 * over every union's received (sent or accepted) reports of the period — so a rule added later runs over reports
 * sent before it — with which unions fail which rules, how many, and the unions' explanations.
 */
@Service
public class PeriodQuality {

    private final DSLContext db;
    private final ReportingCalendar calendar;
    private final QualityRules rules;
    private final ReportFigures figures;

    PeriodQuality(DSLContext db, ReportingCalendar calendar, QualityRules rules, ReportFigures figures) {
        this.db = db;
        this.calendar = calendar;
        this.rules = rules;
        this.figures = figures;
    }

    /** One union's report of the period with its rules' results. */
    public record UnionResults(UUID tenantId, UUID reportId, String provinceCode, String provinceName, ReportStatus status,
                               List<RuleResult> results) {

        public List<RuleResult> failed() {
            return results.stream().filter(RuleResult::failed).toList();
        }
    }

    /** A rule with the unions whose reports fail it. */
    public record RuleCount(QualityRule rule, int failed, int evaluated, List<String> provinces) {
    }

    /** The period's review: each union's report, and each rule with its failures. */
    public record Review(ReportingPeriod period, List<UnionResults> unions, List<RuleCount> rules) {

        public int unionsFailing() {
            return (int) unions.stream().filter(u -> !u.failed().isEmpty()).count();
        }

        public int failures() {
            return unions.stream().mapToInt(u -> u.failed().size()).sum();
        }
    }

    @Transactional(readOnly = true)
    public Optional<Review> review(UUID periodId) {
        return calendar.period(periodId).map(this::review);
    }

    @Transactional(readOnly = true)
    public Optional<Review> review(int year, PeriodKind kind) {
        return calendar.period(year, kind).map(this::review);
    }

    private Review review(ReportingPeriod period) {
        List<QualityRule> active = rules.activeOfYear(period.year());
        var received = figures.received(period.kind(), period.year());
        Map<String, String> names = new HashMap<>(db.select(PROVINCE.CODE, PROVINCE.NAME).from(PROVINCE)
                .fetchMap(PROVINCE.CODE, PROVINCE.NAME));
        db.select(FORMER_PROVINCE.CODE, FORMER_PROVINCE.NAME).from(FORMER_PROVINCE).forEach(r -> names.putIfAbsent(r.value1(), r.value2()));
        Map<UUID, Map<UUID, String[]>> explanations = explanations(received.ofYear().stream().map(ReportFigures.Received::reportId).toList());
        List<UnionResults> unions = new ArrayList<>();
        for (ReportFigures.Received report : received.ofYear()) {
            var around = received.around(report.provinceCode(), period.year(), report.figures());
            Map<UUID, String[]> explained = explanations.getOrDefault(report.reportId(), Map.of());
            List<RuleResult> results = active.stream().map(rule -> {
                RuleResult r = RuleEvaluation.evaluate(rule, around);
                String[] e = explained.get(rule.id());
                return e == null ? r : r.explained(e[0], e[1], null);
            }).toList();
            unions.add(new UnionResults(report.tenantId(), report.reportId(), report.provinceCode(),
                    names.getOrDefault(report.provinceCode(), report.provinceCode()), report.status(), results));
        }
        unions.sort(Comparator.comparing(UnionResults::provinceCode));
        List<RuleCount> counts = new ArrayList<>();
        for (int i = 0; i < active.size(); i++) {
            int index = i;
            List<String> failing = unions.stream().filter(u -> u.results().get(index).failed()).map(UnionResults::provinceName).toList();
            int evaluated = (int) unions.stream().filter(u -> u.results().get(index).outcome() != Outcome.NOT_EVALUATED).count();
            counts.add(new RuleCount(active.get(i), failing.size(), evaluated, failing));
        }
        return new Review(period, List.copyOf(unions), counts);
    }

    /** The unions' explanations by report and rule: text and who wrote it. */
    private Map<UUID, Map<UUID, String[]>> explanations(List<UUID> reportIds) {
        Map<UUID, Map<UUID, String[]>> found = new HashMap<>();
        if (reportIds.isEmpty()) {
            return found;
        }
        db.select(QUALITY_RESULT.REPORT_ID, QUALITY_RESULT.RULE_ID, QUALITY_RESULT.EXPLANATION, QUALITY_RESULT.EXPLAINED_BY)
                .from(QUALITY_RESULT)
                .where(QUALITY_RESULT.REPORT_ID.in(reportIds), QUALITY_RESULT.EXPLANATION.isNotNull())
                .forEach(r -> found.computeIfAbsent(r.value1(), k -> new HashMap<>()).put(r.value2(), new String[]{r.value3(), r.value4()}));
        return found;
    }
}
