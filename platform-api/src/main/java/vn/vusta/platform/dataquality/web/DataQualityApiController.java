package vn.vusta.platform.dataquality.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.vusta.platform.calendar.VietnamTime;
import vn.vusta.platform.dataquality.PeriodQuality;
import vn.vusta.platform.dataquality.QualityRule;
import vn.vusta.platform.dataquality.QualityRules;
import vn.vusta.platform.dataquality.ReportQuality;
import vn.vusta.platform.dataquality.RuleDraft;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.reportingcalendar.PeriodKind;
import vn.vusta.platform.reports.ReportStatus;
import vn.vusta.platform.reports.Reports;

import java.util.List;
import java.util.UUID;

/**
 * The data-quality rules through the API: the national union's rules of a year (read by reviewers and platform
 * administrators, written by reviewers), a period's review over every union's received reports, a report's results
 * for the reviewer; for the union, its report's results and its explanations of failed warnings.
 */
@RestController
@RequestMapping("/api/v1")
class DataQualityApiController {

    private final QualityRules rules;
    private final ReportQuality quality;
    private final PeriodQuality periods;
    private final Reports reports;

    DataQualityApiController(QualityRules rules, ReportQuality quality, PeriodQuality periods, Reports reports) {
        this.rules = rules;
        this.quality = quality;
        this.periods = periods;
        this.reports = reports;
    }

    record RuleView(UUID id, int year, String formula, QualityRule rule) {
        static RuleView of(QualityRule r) {
            return new RuleView(r.id(), r.year(), r.formula(), r);
        }
    }

    @GetMapping("/national/quality-rules")
    @Operation(summary = "The data-quality rules of a year's indicator set (this year's by default), inactive ones included")
    List<RuleView> list(@RequestParam(required = false) Integer year) {
        return rules.ofYear(year == null ? VietnamTime.today().getYear() : year).stream().map(RuleView::of).toList();
    }

    @PostMapping("/national/quality-rules")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a rule to a year's indicator set (national reviewers)")
    RuleView add(@RequestParam int year, @RequestBody RuleDraft draft) {
        return RuleView.of(rules.add(year, draft));
    }

    @GetMapping("/national/quality-rules/{id}")
    RuleView get(@PathVariable UUID id) {
        return RuleView.of(rules.find(id).orElseThrow(() -> RefusedException.notFound("quality-rule", id)));
    }

    @PutMapping("/national/quality-rules/{id}")
    @Operation(summary = "Change a rule (its kind, figures, importance, explanation, areas, active)")
    RuleView change(@PathVariable UUID id, @RequestBody RuleDraft draft) {
        return RuleView.of(rules.change(id, draft).orElseThrow(() -> RefusedException.notFound("quality-rule", id)));
    }

    @DeleteMapping("/national/quality-rules/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a rule, with its results and the unions' explanations (deactivating keeps them)")
    void remove(@PathVariable UUID id) {
        if (!rules.remove(id)) {
            throw RefusedException.notFound("quality-rule", id);
        }
    }

    @GetMapping("/national/periods/{year}/{kind}/quality")
    @Operation(summary = "The year's current rules over every union's sent and accepted reports of the period: "
            + "which unions fail which rules, how many, with the unions' explanations")
    PeriodQualityView period(@PathVariable int year, @PathVariable PeriodKind kind) {
        return PeriodQualityView.of(periods.review(year, kind)
                .orElseThrow(() -> RefusedException.notFound("reporting-period", year + "/" + kind)));
    }

    @GetMapping("/national/reports/{tenantId}/{reportId}/quality")
    @Operation(summary = "A province's report's rule results, with the union's explanations")
    List<ResultView> nationalResults(@PathVariable UUID tenantId, @PathVariable UUID reportId) {
        var report = reports.find(tenantId, reportId).orElseThrow(() -> RefusedException.notFound("report", reportId));
        return quality.results(report).stream().map(ResultView::of).toList();
    }

    @GetMapping("/reports/{id}/quality")
    @Operation(summary = "The report's rule results on its figures as they stand, with the union's explanations")
    List<ResultView> results(@PathVariable UUID id) {
        var report = reports.find(id).orElseThrow(() -> RefusedException.notFound("report", id));
        return quality.results(report).stream().map(ResultView::of).toList();
    }

    record ExplanationRequest(@Size(max = 2000) String explanation) {
    }

    @PutMapping("/reports/{id}/quality/{ruleId}/explanation")
    @Operation(summary = "Explain a failed rule (a warning explained lets the report go); an empty text takes it back")
    List<ResultView> explain(@PathVariable UUID id, @PathVariable UUID ruleId, @RequestBody ExplanationRequest request) {
        return quality.explain(id, ruleId, request.explanation()).orElseThrow(() -> RefusedException.notFound("report", id))
                .stream().map(ResultView::of).toList();
    }

    /** The period's review: per union its failed rules, per rule how many unions fail it. */
    record PeriodQualityView(int year, PeriodKind kind, int reports, int unionsFailing, int failures,
                             List<UnionView> unions, List<RuleCountView> rules) {

        record UnionView(UUID tenantId, UUID reportId, String provinceCode, String provinceName, ReportStatus status,
                         List<ResultView> failed) {
        }

        record RuleCountView(UUID ruleId, String formula, String code, String importance, int failed, int evaluated,
                             List<String> provinces) {
        }

        static PeriodQualityView of(PeriodQuality.Review r) {
            return new PeriodQualityView(r.period().year(), r.period().kind(), r.unions().size(), r.unionsFailing(), r.failures(),
                    r.unions().stream().map(u -> new UnionView(u.tenantId(), u.reportId(), u.provinceCode(), u.provinceName(),
                            u.status(), u.failed().stream().map(ResultView::of).toList())).toList(),
                    r.rules().stream().map(c -> new RuleCountView(c.rule().id(), c.rule().formula(), c.rule().indicatorCode(),
                            c.rule().importance().name(), c.failed(), c.evaluated(), c.provinces())).toList());
        }
    }
}
