package vn.vusta.platform.api;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.calendar.VietnamTime;
import vn.vusta.platform.nationalreview.NationalAggregate;
import vn.vusta.platform.nationalreview.NationalReview;
import vn.vusta.platform.nationalreview.NationalSheets;
import vn.vusta.platform.nationalreview.NationalTable;
import vn.vusta.platform.nationalreview.PeriodStatus;
import vn.vusta.platform.reportingcalendar.PeriodKind;
import vn.vusta.platform.reportingcalendar.ReportingCalendar;
import vn.vusta.platform.reportingcalendar.ReportingPeriod;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The national review of a period, named by its year and kind (2021/H1 = 6 tháng 2021): who has reported, the
 * indicator table by province and the aggregate of the accepted reports, as JSON or .xlsx.
 */
@RestController
@RequestMapping("/api/v1/national/periods")
class NationalReviewController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ReportingCalendar calendar;
    private final NationalReview review;
    private final NationalSheets sheets;

    NationalReviewController(ReportingCalendar calendar, NationalReview review, NationalSheets sheets) {
        this.calendar = calendar;
        this.review = review;
        this.sheets = sheets;
    }

    @GetMapping
    @Operation(summary = "The periods of a year (this year by default)")
    List<ReportingPeriod> periods(@RequestParam(required = false) Integer year) {
        return calendar.periods(year == null ? VietnamTime.today().getYear() : year);
    }

    @GetMapping("/{year}/{kind}/status")
    @Operation(summary = "Who has sent, who is late, the reporting and on-time rates, each province's status")
    PeriodStatus status(@PathVariable int year, @PathVariable PeriodKind kind) {
        return review.status(period(year, kind).id()).orElseThrow();
    }

    @GetMapping("/{year}/{kind}/table")
    @Operation(summary = "Every indicator by province, grouped by cluster, with national totals and a year earlier")
    NationalTable table(@PathVariable int year, @PathVariable PeriodKind kind) {
        return review.table(period(year, kind).id()).orElseThrow();
    }

    @GetMapping("/{year}/{kind}/aggregate")
    @Operation(summary = "The national aggregate: totals of the accepted reports, provinces included and missing")
    NationalAggregate aggregate(@PathVariable int year, @PathVariable PeriodKind kind) {
        return review.aggregate(period(year, kind).id()).orElseThrow();
    }

    @GetMapping("/{year}/{kind}/table/export")
    @Operation(summary = "The indicator table as .xlsx (with the year-earlier figures unless previous=false)")
    void tableSheet(@PathVariable int year, @PathVariable PeriodKind kind, @RequestParam(defaultValue = "true") boolean previous,
                    HttpServletResponse response) throws IOException {
        NationalTable table = review.table(period(year, kind).id()).orElseThrow();
        attachment(response, "bang-chi-tieu-" + kind.name().toLowerCase() + "-" + year);
        sheets.table(table, previous, response.getOutputStream());
    }

    @GetMapping("/{year}/{kind}/aggregate/export")
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
}
