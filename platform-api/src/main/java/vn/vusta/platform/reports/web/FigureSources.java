package vn.vusta.platform.reports.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.vusta.platform.indicators.IndicatorComputation;
import vn.vusta.platform.reports.Figure;
import vn.vusta.platform.reports.Report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a report's computed figure comes from and the day it stands on, under the figure (issue 17, point 9: a 2026
 * report showed the 2021 census as TC05 with no hint). The members figures name the census they read, and say so when
 * it is older than the period's year. Read by the figure rows' fragment ({@code @figureSources}).
 */
@Component("figureSources")
public class FigureSources {

    /**
     * A figure's source in words, whether the reader should look twice (a census older than the period), and the
     * page listing the records it counts (filtered to the period where that page can be).
     */
    public record Source(String text, boolean old, String records) {
    }

    /** The units and their censuses (điều tra hội viên) are listed on the workspace's landing page. */
    private static final String UNITS = "/workspace#units-panel";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final IndicatorComputation computation;
    private final MessageSource messages;

    FigureSources(IndicatorComputation computation, MessageSource messages) {
        this.computation = computation;
        this.messages = messages;
    }

    /** Null for a figure not computed (entered by hand, or no source). */
    public Source of(Report report, Figure figure) {
        if (report == null || figure == null || figure.source() == null || figure.computed() == null) {
            return null;
        }
        Locale locale = LocaleContextHolder.getLocale();
        // The computation reads the records as they stood at the end of the period's last day.
        LocalDate asOf = report.period().endsOn();
        String source = figure.source();
        if (source.startsWith("MEMBERS")) {
            Optional<LocalDate> census = computation.censusDate(report.tenantId(), asOf);
            if (census.isEmpty()) {
                return new Source(messages.getMessage("reports.source.census.none", null, locale), true, UNITS);
            }
            boolean old = census.get().getYear() < report.period().year();
            String text = messages.getMessage("reports.source.census", new Object[]{census.get().format(DAY), asOf.format(DAY)}, locale);
            return new Source(old ? text + " " + messages.getMessage("reports.source.census.old",
                    new Object[]{String.valueOf(report.period().year())}, locale) : text, old, UNITS);
        }
        String kind = source.contains(":") ? source.substring(0, source.indexOf(':')) : source;
        String words = messages.getMessage("reports.source." + kind, null, messages.getMessage("reports.source.other", null, locale), locale);
        return new Source(messages.getMessage("reports.source.asof", new Object[]{words, asOf.format(DAY)}, locale), false,
                records(source, report));
    }

    /** The list a source's records are on, as the period filters it; null for a source without such a list. */
    private static String records(String source, Report report) {
        var period = report.period();
        int year = period.year();
        String[] parts = source.split(":", 2);
        String detail = parts.length > 1 ? parts[1] : null;
        String days = "from=" + period.startsOn() + "&to=" + period.endsOn();
        return switch (parts[0]) {
            case "EVENTS" -> "/workspace/events?" + days + "&kind=" + detail;
            case "PARTICIPANTS" -> "/workspace/events?" + days + ("TRAINING".equals(detail) ? "&kind=TRAINING" : "");
            case "UNITS" -> UNITS;
            case "CONSULTANCY_ASSIGNED", "CONSULTANCY_COMPLETED" ->
                    "/workspace/consultancy?year=" + year + "&asOf=" + period.endsOn();
            case "RESEARCH_ACTIVE", "RESEARCH_ACCEPTED" -> "/workspace/research?year=" + year + "&period=" + period.kind();
            case "CONTEST_EDITIONS", "CONTEST_ENTRIES", "CONTEST_PRIZES", "NOMINATIONS" -> "/workspace/contests?year=" + year;
            case "COMMENDED" -> "/workspace/commendations?year=" + year;
            case "PUBLICATION_ISSUES" -> "/workspace/publications";
            case IndicatorComputation.SERVICE_COUNTS -> "/workspace/service-counts";
            default -> null;
        };
    }
}
