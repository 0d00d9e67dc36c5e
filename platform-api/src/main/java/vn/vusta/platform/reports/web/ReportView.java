package vn.vusta.platform.reports.web;

import vn.vusta.platform.reports.Approval;
import vn.vusta.platform.reports.Figure;
import vn.vusta.platform.reports.Report;
import vn.vusta.platform.reports.ReportHeader;
import vn.vusta.platform.reports.ReportStatus;
import vn.vusta.platform.reportingcalendar.ReportingPeriod;
import vn.vusta.platform.reports.Section;
import vn.vusta.platform.reports.Step;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A report as the API gives it: each figure with what was computed, entered (and why) and is reported. */
record ReportView(UUID tenantId, UUID id, ReportingPeriod period, String provinceCode, ReportStatus status, boolean editable,
                  ReportHeader header, LocalDate approvedOn, OffsetDateTime sentAt, OffsetDateTime acceptedAt,
                  List<Value> values, Map<Section, String> sections, List<Step> transitions, Approval approval,
                  OffsetDateTime openedAt, boolean recallable, List<Section> emptyRequiredSections) {

    record Value(String code, String name, String unit, Section area, String source, BigDecimal computed,
                 OffsetDateTime computedAt, BigDecimal entered, String reason, OffsetDateTime enteredAt, String enteredBy,
                 BigDecimal reported) {

        static Value of(Figure f) {
            return new Value(f.code(), f.name(), f.unit(), f.area(), f.source(), f.computed(), f.computedAt(), f.entered(),
                    f.reason(), f.enteredAt(), f.enteredBy(), f.reported());
        }
    }

    static ReportView of(Report r) {
        return new ReportView(r.tenantId(), r.id(), r.period(), r.provinceCode(), r.status(), r.isEditable(), r.header(),
                r.approvedOn(), r.sentAt(), r.acceptedAt(), r.figures().stream().map(Value::of).toList(), r.sections(),
                r.history(), r.approval(), r.openedAt(), r.isRecallable(), r.emptyRequiredSections());
    }
}
