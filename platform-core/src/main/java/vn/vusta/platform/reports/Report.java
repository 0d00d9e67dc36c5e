package vn.vusta.platform.reports;

import vn.vusta.platform.reportingcalendar.ReportingPeriod;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A union's report for a period: its header, figures by indicator (in the indicator set's order), narrative sections
 * (sanitised HTML, empty where not written) and history, oldest step first.
 */
public record Report(UUID tenantId, UUID id, ReportingPeriod period, String provinceCode, ReportStatus status,
                     ReportHeader header, LocalDate approvedOn, OffsetDateTime sentAt, OffsetDateTime acceptedAt,
                     OffsetDateTime updatedAt, List<Figure> figures, Map<Section, String> sections, List<Step> history) {

    /** Figures and text may change: a draft, or a report returned for revision. */
    public boolean isEditable() {
        return status == ReportStatus.DRAFT || status == ReportStatus.RETURNED;
    }

    /** The figures by area of work, in the areas' order, the areas without indicators left out. */
    public Map<Section, List<Figure>> figuresByArea() {
        var byArea = new EnumMap<Section, List<Figure>>(Section.class);
        for (Figure figure : figures) {
            byArea.computeIfAbsent(figure.area(), area -> new ArrayList<>()).add(figure);
        }
        return byArea;
    }

    /** The comment of the latest return, which the province revises against; null if never returned. */
    public Step lastReturn() {
        return history.reversed().stream().filter(s -> s.to() == ReportStatus.RETURNED).findFirst().orElse(null);
    }
}
