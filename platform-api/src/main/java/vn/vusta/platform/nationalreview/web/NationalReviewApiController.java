package vn.vusta.platform.nationalreview.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.calendar.VietnamTime;
import vn.vusta.platform.nationalreview.NationalAggregate;
import vn.vusta.platform.nationalreview.NationalReview;
import vn.vusta.platform.nationalreview.NationalSheets;
import vn.vusta.platform.nationalreview.NationalTable;
import vn.vusta.platform.nationalreview.PeriodStatus;
import vn.vusta.platform.nationalreview.ProvinceClusters;
import vn.vusta.platform.reportingcalendar.PeriodKind;
import vn.vusta.platform.reportingcalendar.ReportingCalendar;
import vn.vusta.platform.reportingcalendar.ReportingPeriod;

/**
 * The national review of a period, named by its year and kind (2021/H1 = 6 tháng 2021): who has reported, the
 * indicator table by province and the aggregate of the accepted reports, as JSON or .xlsx; and the clusters of provinces the review groups them by.
 */
@RestController
@RequestMapping("/api/v1/national")
class NationalReviewApiController {

    private final ReportingCalendar calendar;
    private final NationalReview review;
    private final NationalSheets sheets;
    private final ProvinceClusters clusters;

    NationalReviewApiController(ReportingCalendar calendar, NationalReview review, NationalSheets sheets, ProvinceClusters clusters) {
        this.calendar = calendar;
        this.review = review;
        this.sheets = sheets;
        this.clusters = clusters;
    }

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @GetMapping("/periods")
    @Operation(summary = "The periods of a year (this year by default)")
    List<ReportingPeriod> periods(@RequestParam(required = false) Integer year) {
        return calendar.periods(year == null ? VietnamTime.today().getYear() : year);
    }

    @GetMapping("/periods/{year}/{kind}/status")
    @Operation(summary = "Who has sent, who is late, the reporting and on-time rates, each province's status")
    PeriodStatus status(@PathVariable int year, @PathVariable PeriodKind kind) {
        return review.status(period(year, kind).id()).orElseThrow();
    }

    @GetMapping("/periods/{year}/{kind}/table")
    @Operation(summary = "Every indicator by province, grouped by cluster, with national totals and a year earlier")
    NationalTable table(@PathVariable int year, @PathVariable PeriodKind kind) {
        return review.table(period(year, kind).id()).orElseThrow();
    }

    @GetMapping("/periods/{year}/{kind}/aggregate")
    @Operation(summary = "The national aggregate: totals of the accepted reports, provinces included and missing")
    NationalAggregate aggregate(@PathVariable int year, @PathVariable PeriodKind kind) {
        return review.aggregate(period(year, kind).id()).orElseThrow();
    }

    @GetMapping("/periods/{year}/{kind}/table/export")
    @Operation(summary = "The indicator table as .xlsx (with the year-earlier figures unless previous=false)")
    void tableSheet(@PathVariable int year, @PathVariable PeriodKind kind, @RequestParam(defaultValue = "true") boolean previous,
                    HttpServletResponse response) throws IOException {
        NationalTable table = review.table(period(year, kind).id()).orElseThrow();
        attachment(response, "bang-chi-tieu-" + kind.name().toLowerCase() + "-" + year);
        sheets.table(table, previous, response.getOutputStream());
    }

    @GetMapping("/periods/{year}/{kind}/aggregate/export")
    @Operation(summary = "The national aggregate as .xlsx")
    void aggregateSheet(@PathVariable int year, @PathVariable PeriodKind kind, HttpServletResponse response) throws IOException {
        NationalAggregate aggregate = review.aggregate(period(year, kind).id()).orElseThrow();
        attachment(response, "tong-hop-" + kind.name().toLowerCase() + "-" + year);
        sheets.aggregate(aggregate, response.getOutputStream());
    }

    private ReportingPeriod period(int year, PeriodKind kind) {
        return calendar.period(year, kind).orElseThrow(() -> RefusedException.notFound("reporting-period", year + "/" + kind));
    }

    static void attachment(HttpServletResponse response, String name) {
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(name + ".xlsx", StandardCharsets.UTF_8).build().toString());
    }

    // The national union's clusters of provinces (cụm hoạt động), which the national review groups provinces by.
    /** provinceCodes: the current provinces' codes; a province in another cluster moves to this one. */
    record ClusterRequest(@NotBlank @Size(max = 200) String name, Integer position,
                          @NotNull List<@NotBlank String> provinceCodes) {

        ProvinceClusters.ClusterDraft draft() {
            return new ProvinceClusters.ClusterDraft(name, position, provinceCodes);
        }
    }

    @GetMapping("/clusters")
    @Operation(summary = "The clusters in order, each with its provinces")
    List<ProvinceClusters.Cluster> list() {
        return clusters.list();
    }

    @PostMapping("/clusters")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a cluster")
    ProvinceClusters.Cluster create(@Valid @RequestBody ClusterRequest request) {
        return clusters.create(request.draft());
    }

    @PutMapping("/clusters/{id}")
    @Operation(summary = "Rename a cluster and set its provinces")
    ProvinceClusters.Cluster change(@PathVariable short id, @Valid @RequestBody ClusterRequest request) {
        return clusters.change(id, request.draft()).orElseThrow(() -> RefusedException.notFound("province-cluster", id));
    }

    @DeleteMapping("/clusters/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a cluster; its provinces are then in none")
    void remove(@PathVariable short id) {
        if (!clusters.remove(id)) {
            throw RefusedException.notFound("province-cluster", id);
        }
    }
}
