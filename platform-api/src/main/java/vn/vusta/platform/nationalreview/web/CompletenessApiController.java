package vn.vusta.platform.nationalreview.web;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.vusta.platform.nationalreview.CompletenessBoard;
import vn.vusta.platform.nationalreview.Deadlines;
import vn.vusta.platform.nationalreview.NationalReview;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.reportingcalendar.PeriodKind;
import vn.vusta.platform.reportingcalendar.ReportingCalendar;
import vn.vusta.platform.reportingcalendar.ReportingPeriod;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Completeness and timeliness: the board of a year (expected × sent × on time for every period, per union and per
 * cluster), a period's late window and the exceptions the national union grants to one union for one period.
 */
@RestController
@RequestMapping("/api/v1/national")
class CompletenessApiController {

    private final ReportingCalendar calendar;
    private final NationalReview review;
    private final Deadlines deadlines;

    CompletenessApiController(ReportingCalendar calendar, NationalReview review, Deadlines deadlines) {
        this.calendar = calendar;
        this.review = review;
        this.deadlines = deadlines;
    }

    @GetMapping("/years/{year}/completeness")
    @Operation(summary = "Expected, sent and on time for every period of the year, per union, per cluster and in all")
    CompletenessBoard board(@PathVariable int year) {
        if (calendar.periods(year).isEmpty()) {
            throw RefusedException.notFound("reporting-year", year);
        }
        return review.board(year);
    }

    record GraceRequest(Integer graceDays) {
    }

    record GraceResponse(int graceDays) {
    }

    @PutMapping("/periods/{year}/{kind}/grace")
    @Operation(summary = "Set the period's late window: days after the deadline a report still counts as on time")
    GraceResponse grace(@PathVariable int year, @PathVariable PeriodKind kind, @RequestBody GraceRequest request) {
        return new GraceResponse(deadlines.setGraceDays(period(year, kind), request.graceDays()));
    }

    /** unionId: the tenant's id (tenantId in the period's status). */
    record ExceptionRequest(UUID unionId, LocalDate dueOn, String reason) {
    }

    @GetMapping("/periods/{year}/{kind}/exceptions")
    @Operation(summary = "The exceptions granted for the period")
    List<Deadlines.Exception> exceptions(@PathVariable int year, @PathVariable PeriodKind kind) {
        return deadlines.exceptions(period(year, kind));
    }

    @PostMapping("/periods/{year}/{kind}/exceptions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Grant one union a later due day for the period, with a reason (audited)")
    Deadlines.Exception grant(@PathVariable int year, @PathVariable PeriodKind kind, @RequestBody ExceptionRequest request) {
        return deadlines.grant(period(year, kind), request.unionId(), request.dueOn(), request.reason());
    }

    @DeleteMapping("/periods/{year}/{kind}/exceptions/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Withdraw an exception (audited)")
    void withdraw(@PathVariable int year, @PathVariable PeriodKind kind, @PathVariable UUID id) {
        if (!deadlines.withdraw(period(year, kind), id)) {
            throw RefusedException.notFound("deadline-exception", id);
        }
    }

    private ReportingPeriod period(int year, PeriodKind kind) {
        return calendar.period(year, kind).orElseThrow(() -> RefusedException.notFound("reporting-period", year + "/" + kind));
    }
}
