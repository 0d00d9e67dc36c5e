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
                     OffsetDateTime updatedAt, List<Figure> figures, Map<Section, String> sections, List<Step> history,
                     Approval approval, OffsetDateTime openedAt) {

    /** Sent, and no national reviewer has opened it yet: the union may still take it back. */
    public boolean isRecallable() {
        return status == ReportStatus.SENT && openedAt == null;
    }

    /** The required sections with nothing written in them, in the report's order: the report cannot be sent so. */
    public List<Section> emptyRequiredSections() {
        return sections.entrySet().stream().filter(e -> e.getKey().isRequired() && Section.isBlank(e.getValue()))
                .map(Map.Entry::getKey).toList();
    }

    /** Every section with nothing written in it (the document says "Không có." for each). */
    public List<Section> emptySections() {
        return sections.entrySet().stream().filter(e -> Section.isBlank(e.getValue())).map(Map.Entry::getKey).toList();
    }

    /** The figures entered over a computed one, each with its reason. */
    public List<Figure> overriddenFigures() {
        return figures.stream().filter(f -> f.computed() != null && f.entered() != null).toList();
    }

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
