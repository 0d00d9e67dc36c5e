package vn.vusta.platform.nationalreview.web;

import vn.vusta.platform.web.PageController;

import vn.vusta.platform.web.Figures;
import vn.vusta.platform.web.Refusals;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.vusta.platform.calendar.VietnamTime;
import vn.vusta.platform.nationalreview.NationalAggregate;
import vn.vusta.platform.nationalreview.NationalReview;
import vn.vusta.platform.nationalreview.NationalSheets;
import vn.vusta.platform.nationalreview.NationalTable;
import vn.vusta.platform.reportingcalendar.ReportingCalendar;
import vn.vusta.platform.reportingcalendar.ReportingPeriod;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The national union's review pages (Báo cáo các tỉnh): who has reported for a period, the indicator table by
 * province and cluster, the aggregate of the accepted reports, and their .xlsx downloads. A province's report opens
 * in the drill-down page /national/reports/{tenantId}/{reportId}.
 */
@PageController
class NationalReviewPageController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ReportingCalendar calendar;
    private final NationalReview review;
    private final NationalSheets sheets;

    NationalReviewPageController(ReportingCalendar calendar, NationalReview review, NationalSheets sheets) {
        this.calendar = calendar;
        this.review = review;
        this.sheets = sheets;
    }

    /** The period chosen, else the year's (this year's) latest period whose deadline has come, else its first. */
    @GetMapping("/national/reports")
    String status(@RequestParam(required = false) Integer year, @RequestParam(required = false) UUID period, Model model) {
        ReportingPeriod shown = chosen(year, period, model);
        if (shown != null) {
            model.addAttribute("status", review.status(shown.id()).orElseThrow());
        }
        return "nationalreview/reports";
    }

    /** Expected × sent × on time for every period of the year, per cluster and per union. */
    @GetMapping("/national/reports/completeness")
    String completeness(@RequestParam(required = false) Integer year, Model model) {
        int shown = year != null ? year : VietnamTime.today().getYear();
        model.addAttribute("year", shown);
        model.addAttribute("years", calendar.years());
        model.addAttribute("board", review.board(shown));
        return "nationalreview/completeness";
    }

    @GetMapping("/national/reports/table")
    String table(@RequestParam(required = false) Integer year, @RequestParam(required = false) UUID period,
                 @RequestParam(defaultValue = "false") boolean previous, Model model) {
        ReportingPeriod shown = chosen(year, period, model);
        if (shown != null) {
            model.addAttribute("table", review.table(shown.id()).orElseThrow());
        }
        model.addAttribute("previous", previous);
        model.addAttribute("fig", Figures.VIETNAMESE);
        return "nationalreview/report-table";
    }

    @GetMapping("/national/reports/aggregate")
    String aggregate(@RequestParam(required = false) Integer year, @RequestParam(required = false) UUID period, Model model) {
        ReportingPeriod shown = chosen(year, period, model);
        if (shown != null) {
            model.addAttribute("aggregate", review.aggregate(shown.id()).orElseThrow());
        }
        model.addAttribute("fig", Figures.VIETNAMESE);
        return "nationalreview/report-aggregate";
    }

    @GetMapping("/national/reports/table/export")
    void tableSheet(@RequestParam UUID period, @RequestParam(defaultValue = "true") boolean previous,
                    HttpServletResponse response) throws IOException {
        NationalTable table = review.table(period).orElseThrow(Refusals::notFound);
        attachment(response, "bang-chi-tieu-" + table.period().kind().name().toLowerCase() + "-" + table.period().year());
        sheets.table(table, previous, response.getOutputStream());
    }

    @GetMapping("/national/reports/aggregate/export")
    void aggregateSheet(@RequestParam UUID period, HttpServletResponse response) throws IOException {
        NationalAggregate aggregate = review.aggregate(period).orElseThrow(Refusals::notFound);
        attachment(response, "tong-hop-" + aggregate.period().kind().name().toLowerCase() + "-" + aggregate.period().year());
        sheets.aggregate(aggregate, response.getOutputStream());
    }

    private ReportingPeriod chosen(Integer year, UUID period, Model model) {
        ReportingPeriod shown = period == null ? null : calendar.period(period).orElseThrow(Refusals::notFound);
        int shownYear = shown != null ? shown.year() : year != null ? year : VietnamTime.today().getYear();
        List<ReportingPeriod> periods = calendar.periods(shownYear);
        if (shown == null) {
            shown = periods.stream().filter(p -> !p.deadline().isAfter(VietnamTime.today()))
                    .max(Comparator.comparing(ReportingPeriod::deadline))
                    .orElse(periods.isEmpty() ? null : periods.getFirst());
        }
        model.addAttribute("year", shownYear);
        model.addAttribute("years", calendar.years());
        model.addAttribute("periods", periods);
        model.addAttribute("period", shown);
        return shown;
    }

    private static void attachment(HttpServletResponse response, String name) {
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(name + ".xlsx", StandardCharsets.UTF_8).build().toString());
    }
}
