package vn.vusta.platform.reportingcalendar.web;


import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.reportingcalendar.Indicator;
import vn.vusta.platform.reportingcalendar.IndicatorArea;
import vn.vusta.platform.reportingcalendar.IndicatorDraft;
import vn.vusta.platform.reportingcalendar.IndicatorSources;
import vn.vusta.platform.reportingcalendar.PeriodKind;
import vn.vusta.platform.reportingcalendar.ReportingCalendar;
import vn.vusta.platform.reportingcalendar.ReportingPeriod;

import java.time.LocalDate;
import java.util.List;

/** The national union's reporting calendar: each year's periods with their deadlines and its indicator set. */
@RestController
@RequestMapping("/api/v1/national/calendar")
class ReportingCalendarApiController {

    /** A year's calendar; sources: what the platform can compute an indicator from. */
    record YearCalendar(int year, List<ReportingPeriod> periods, List<Indicator> indicators, List<String> sources) {
    }

    record PeriodRequest(@NotNull PeriodKind kind, @NotNull LocalDate deadline) {
    }

    record DeadlineRequest(@NotNull LocalDate deadline) {
    }

    /** source: one of the calendar's sources, or null for a figure entered by hand. */
    record IndicatorRequest(@NotBlank @Pattern(regexp = "[A-Z]{2}[0-9]{2}") String code,
                            @NotBlank @Size(max = 300) String name, @NotBlank @Size(max = 300) String nameEn,
                            @NotBlank @Size(max = 60) String unit, @NotBlank @Size(max = 60) String unitEn,
                            @NotNull IndicatorArea area, @Size(max = 60) String source, @NotNull Integer position) {

        IndicatorDraft draft() {
            return new IndicatorDraft(code, name, nameEn, unit, unitEn, area, source, position);
        }
    }

    private final ReportingCalendar calendar;

    ReportingCalendarApiController(ReportingCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/years")
    @Operation(summary = "The years with a calendar, newest first")
    List<Integer> years() {
        return calendar.years();
    }

    @GetMapping("/sources")
    @Operation(summary = "What the platform can compute an indicator from")
    List<String> sources() {
        return IndicatorSources.ALL;
    }

    @GetMapping("/{year}")
    @Operation(summary = "A year's periods (with deadlines) and indicator set")
    YearCalendar year(@PathVariable int year) {
        return new YearCalendar(year, calendar.periods(year), calendar.indicators(year), IndicatorSources.ALL);
    }

    @PostMapping("/{year}/periods")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a period: its dates follow from its kind (quarters their months, the others from 1 January)")
    ReportingPeriod addPeriod(@PathVariable int year, @Valid @RequestBody PeriodRequest request) {
        return calendar.addPeriod(year, request.kind(), request.deadline());
    }

    @PutMapping("/{year}/periods/{kind}")
    @Operation(summary = "Change a period's deadline")
    ReportingPeriod changeDeadline(@PathVariable int year, @PathVariable PeriodKind kind, @Valid @RequestBody DeadlineRequest request) {
        return calendar.changeDeadline(year, kind, request.deadline()).orElseThrow(() -> notFound(year + "/" + kind));
    }

    @DeleteMapping("/{year}/periods/{kind}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a period no report uses")
    void removePeriod(@PathVariable int year, @PathVariable PeriodKind kind) {
        if (!calendar.removePeriod(year, kind)) {
            throw notFound(year + "/" + kind);
        }
    }

    @GetMapping("/{year}/indicators")
    @Operation(summary = "A year's indicator set by position")
    List<Indicator> indicators(@PathVariable int year) {
        return calendar.indicators(year);
    }

    @PostMapping("/{year}/indicators")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an indicator to a year's set")
    Indicator addIndicator(@PathVariable int year, @Valid @RequestBody IndicatorRequest request) {
        return calendar.addIndicator(year, request.draft());
    }

    @PutMapping("/{year}/indicators/{code}")
    @Operation(summary = "Change an indicator (its code stays)")
    Indicator changeIndicator(@PathVariable int year, @PathVariable String code, @Valid @RequestBody IndicatorRequest request) {
        return calendar.changeIndicator(year, code, request.draft()).orElseThrow(() -> RefusedException.notFound("indicator", code));
    }

    @DeleteMapping("/{year}/indicators/{code}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove an indicator no report carries")
    void removeIndicator(@PathVariable int year, @PathVariable String code) {
        if (!calendar.removeIndicator(year, code)) {
            throw RefusedException.notFound("indicator", code);
        }
    }

    @PostMapping("/{year}/copy")
    @Operation(summary = "Copy the year's periods and indicator set to the next year, keeping what it has")
    ReportingCalendar.Copied copy(@PathVariable int year) {
        return calendar.copyToNextYear(year);
    }

    private static RefusedException notFound(String period) {
        return RefusedException.notFound("reporting-period", period);
    }
}
