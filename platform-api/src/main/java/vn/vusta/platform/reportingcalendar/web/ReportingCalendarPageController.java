package vn.vusta.platform.reportingcalendar.web;

import vn.vusta.platform.web.PageController;

import vn.vusta.platform.web.PageForms;
import vn.vusta.platform.web.Refusals;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vusta.platform.calendar.VietnamTime;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.reportingcalendar.Indicator;
import vn.vusta.platform.reportingcalendar.IndicatorArea;
import vn.vusta.platform.reportingcalendar.IndicatorDraft;
import vn.vusta.platform.reportingcalendar.IndicatorSources;
import vn.vusta.platform.reportingcalendar.PeriodKind;
import vn.vusta.platform.reportingcalendar.ReportingCalendar;

import java.time.LocalDate;
import java.util.List;

/** The national union's reporting calendar page (Lịch báo cáo): a year's periods and deadlines, its indicator set. */
@PageController
class ReportingCalendarPageController {

    /** An indicator as the form edits it. */
    static final class IndicatorForm {
        @NotBlank
        private String code;
        @NotBlank
        private String name;
        @NotBlank
        private String nameEn;
        @NotBlank
        private String unit;
        @NotBlank
        private String unitEn;
        @NotNull
        private IndicatorArea area;
        private String source;
        @NotNull
        private Integer position;

        static IndicatorForm of(Indicator i) {
            var form = new IndicatorForm();
            form.code = i.code();
            form.name = i.name();
            form.nameEn = i.nameEn();
            form.unit = i.unit();
            form.unitEn = i.unitEn();
            form.area = i.area();
            form.source = i.source();
            form.position = i.position();
            return form;
        }

        IndicatorDraft draft() {
            return new IndicatorDraft(code, name, nameEn, unit, unitEn, area, source, position == null ? 0 : position);
        }

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getNameEn() { return nameEn; }
        public void setNameEn(String nameEn) { this.nameEn = nameEn; }
        public String getUnit() { return unit; }
        public void setUnit(String unit) { this.unit = unit; }
        public String getUnitEn() { return unitEn; }
        public void setUnitEn(String unitEn) { this.unitEn = unitEn; }
        public IndicatorArea getArea() { return area; }
        public void setArea(IndicatorArea area) { this.area = area; }
        public String getSource() { return source; }
        public void setSource(String source) { this.source = source; }
        public Integer getPosition() { return position; }
        public void setPosition(Integer position) { this.position = position; }
    }

    private final ReportingCalendar calendar;
    private final MessageSource messages;

    ReportingCalendarPageController(ReportingCalendar calendar, MessageSource messages) {
        this.calendar = calendar;
        this.messages = messages;
    }

    @GetMapping("/national/calendar")
    String calendar(@RequestParam(required = false) Integer year, Model model) {
        int shown = year == null ? VietnamTime.today().getYear() : year;
        if (!model.containsAttribute("indicatorForm")) {
            var form = new IndicatorForm();
            form.setPosition(calendar.indicators(shown).stream().mapToInt(Indicator::position).max().orElse(0) + 1);
            model.addAttribute("indicatorForm", form);
        }
        model.addAttribute("year", shown);
        model.addAttribute("years", calendar.years());
        model.addAttribute("periods", calendar.periods(shown));
        model.addAttribute("indicators", calendar.indicators(shown));
        model.addAttribute("kinds", PeriodKind.calendarKinds());
        model.addAttribute("areas", IndicatorArea.values());
        model.addAttribute("sources", IndicatorSources.ALL);
        return "reportingcalendar/calendar";
    }

    @PostMapping("/national/calendar/{year}/periods")
    String addPeriod(@PathVariable int year, @RequestParam(required = false) PeriodKind kind,
                     @RequestParam(required = false) LocalDate deadline,
                     RedirectAttributes redirect) {
        return refusedOr(year, "add-period", redirect, () -> calendar.addPeriod(year, kind, deadline));
    }

    @PostMapping("/national/calendar/{year}/periods/{kind}")
    String changeDeadline(@PathVariable int year, @PathVariable PeriodKind kind,
                          @RequestParam(required = false) LocalDate deadline,
                          RedirectAttributes redirect) {
        return refusedOr(year, "period-" + kind, redirect, () -> calendar.changeDeadline(year, kind, deadline).orElseThrow(Refusals::notFound));
    }

    @PostMapping("/national/calendar/{year}/periods/{kind}/remove")
    String removePeriod(@PathVariable int year, @PathVariable PeriodKind kind, RedirectAttributes redirect) {
        return refusedOr(year, "period-" + kind, redirect, () -> calendar.removePeriod(year, kind));
    }

    @PostMapping("/national/calendar/{year}/indicators")
    String addIndicator(@PathVariable int year, @Valid @ModelAttribute("indicatorForm") IndicatorForm form, BindingResult errors,
                        Model model, RedirectAttributes redirect) {
        return PageForms.saveOrShowAgain(errors, () -> calendar.addIndicator(year, form.draft()), done -> {
            redirect.addFlashAttribute("notice", text("review.calendar.saved"));
            return "redirect:/national/calendar?year=" + year;
        }, () -> calendar(year, model));
    }

    @GetMapping("/national/calendar/{year}/indicators/{code}")
    String indicatorForm(@PathVariable int year, @PathVariable String code, Model model) {
        Indicator indicator = calendar.indicator(year, code).orElseThrow(Refusals::notFound);
        model.addAttribute("indicatorForm", IndicatorForm.of(indicator));
        return indicatorPage(year, indicator, model);
    }

    @PostMapping("/national/calendar/{year}/indicators/{code}")
    String changeIndicator(@PathVariable int year, @PathVariable String code, @Valid @ModelAttribute("indicatorForm") IndicatorForm form,
                           BindingResult errors, Model model, RedirectAttributes redirect) {
        Indicator indicator = calendar.indicator(year, code).orElseThrow(Refusals::notFound);
        form.setCode(code);
        return PageForms.saveOrShowAgain(errors, () -> calendar.changeIndicator(year, code, form.draft()), done -> {
            redirect.addFlashAttribute("notice", text("review.calendar.saved"));
            return "redirect:/national/calendar?year=" + year;
        }, () -> indicatorPage(year, indicator, model));
    }

    @PostMapping("/national/calendar/{year}/indicators/{code}/remove")
    String removeIndicator(@PathVariable int year, @PathVariable String code, RedirectAttributes redirect) {
        return refusedOr(year, "indicator-" + code, redirect, () -> calendar.removeIndicator(year, code));
    }

    @PostMapping("/national/calendar/{year}/copy")
    String copy(@PathVariable int year, RedirectAttributes redirect) {
        try {
            ReportingCalendar.Copied copied = calendar.copyToNextYear(year);
            redirect.addFlashAttribute("notice", text("review.calendar.copied", copied.year(), copied.periods(), copied.indicators()));
            return "redirect:/national/calendar?year=" + copied.year();
        } catch (RefusedException e) {
            refused(redirect, "copy", e);
            return "redirect:/national/calendar?year=" + year;
        }
    }

    private String indicatorPage(int year, Indicator indicator, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("indicator", indicator);
        model.addAttribute("areas", IndicatorArea.values());
        model.addAttribute("sources", IndicatorSources.ALL);
        return "reportingcalendar/calendar-indicator";
    }

    /** Does the write; a refusal comes back to the calendar beside the form it concerns. */
    private String refusedOr(int year, String where, RedirectAttributes redirect, Runnable write) {
        try {
            write.run();
            redirect.addFlashAttribute("notice", text("review.calendar.saved"));
        } catch (RefusedException e) {
            refused(redirect, where, e);
        }
        return "redirect:/national/calendar?year=" + year;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    /** The refusal's text, in the user's language, for the page to show beside the form it concerns. */
    private void refused(RedirectAttributes redirect, String where, RefusedException e) {
        redirect.addFlashAttribute("refusal", messages.getMessage(e.reason(), e.arguments(), e.reason(), LocaleContextHolder.getLocale()));
        redirect.addFlashAttribute("refusedAt", where);
    }

}
