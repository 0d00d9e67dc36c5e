package vn.vusta.platform.reports;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.platform.audit.AuditLog;
import vn.vusta.platform.db.jooq.tables.records.ReportRecord;
import vn.vusta.platform.db.jooq.tables.records.ReportValueRecord;
import vn.vusta.platform.identity.Actor;
import vn.vusta.platform.indicators.ComputedFigures;
import vn.vusta.platform.indicators.IndicatorComputation;
import vn.vusta.platform.refusal.ConstraintRefusals;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.reportingcalendar.ReportingCalendar;
import vn.vusta.platform.reportingcalendar.ReportingPeriod;
import vn.vusta.platform.tenancy.AccessScope;
import vn.vusta.platform.tenancy.Tenant;
import vn.vusta.platform.text.RichTextPolicy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static vn.vusta.platform.db.jooq.Tables.INDICATOR;
import static vn.vusta.platform.db.jooq.Tables.PROVINCE;
import static vn.vusta.platform.db.jooq.Tables.REPORT;
import static vn.vusta.platform.db.jooq.Tables.REPORTING_PERIOD;
import static vn.vusta.platform.db.jooq.Tables.REPORT_SECTION;
import static vn.vusta.platform.db.jooq.Tables.REPORT_TRANSITION;
import static vn.vusta.platform.db.jooq.Tables.REPORT_VALUE;

/**
 * A union's periodic reports (báo cáo định kỳ) while it drafts them: the calendar's periods of a year with the report
 * of each, a new report pre-filled from the records, its figures (refreshed from the records, or entered with a
 * reason), its header and its narrative. Figures, text and header change only while the report is a draft or
 * returned; the moves of its workflow are {@link ReportWorkflow}'s. The methods return empty when there is no such
 * report (of the current tenant).
 */
@Service
public class Reports {

    static final ConstraintRefusals REFUSALS = ConstraintRefusals.of(Map.of(
            "report_period_key", RefusedException.conflict("periodId", "reports.refusal.period-reported"),
            "report_locked", RefusedException.conflict("status", "reports.refusal.locked"),
            "report_value_override_reasoned", RefusedException.invalid("reason", "reports.refusal.reason-missing")));

    private static final String DEFAULT_SIGNER_TITLE = "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH";
    private static final String DEFAULT_RECIPIENTS = "- Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam;\n- Lưu: VT.";

    private final DSLContext db;
    private final IndicatorComputation computation;
    private final AuditLog audit;

    Reports(DSLContext db, IndicatorComputation computation, AuditLog audit) {
        this.db = db;
        this.computation = computation;
        this.audit = audit;
    }

    /** The years of the national calendar, newest first. */
    @Transactional(readOnly = true)
    public List<Integer> years() {
        return db.selectDistinct(REPORTING_PERIOD.YEAR).from(REPORTING_PERIOD).orderBy(REPORTING_PERIOD.YEAR.desc())
                .fetch(r -> r.value1().intValue());
    }

    /** The periods of a year in the order they end, each with the union's report or none yet. */
    @Transactional(readOnly = true)
    public List<PeriodReport> ofYear(int year) {
        UUID tenant = AccessScope.currentTenant().id();
        return db.select(REPORTING_PERIOD.fields()).select(REPORT.ID, REPORT.TITLE, ReportColumns.STATUS)
                .from(REPORTING_PERIOD)
                .leftJoin(REPORT).on(REPORT.TENANT_ID.eq(tenant), REPORT.PERIOD_ID.eq(REPORTING_PERIOD.ID),
                        REPORT.PROVINCE_CODE.eq(AccessScope.currentTenant().provinceCode()))
                .where(REPORTING_PERIOD.YEAR.eq((short) year))
                .orderBy(REPORTING_PERIOD.ENDS_ON, REPORTING_PERIOD.STARTS_ON.desc())
                .fetch(r -> new PeriodReport(ReportingCalendar.toPeriod(r.into(REPORTING_PERIOD)), r.get(REPORT.ID), r.get(REPORT.TITLE),
                        r.get(ReportColumns.STATUS)));
    }

    @Transactional(readOnly = true)
    public Optional<ReportingPeriod> period(UUID id) {
        return db.selectFrom(REPORTING_PERIOD).where(REPORTING_PERIOD.ID.eq(id)).fetchOptional(ReportingCalendar::toPeriod);
    }

    /**
     * Starts the union's report for a period: the title from the period, the header from the union's previous
     * report (or the usual defaults), every indicator of the period's year computed from the records.
     */
    @Transactional
    public Report create(UUID periodId) {
        Tenant tenant = AccessScope.currentTenant();
        ReportingPeriod period = period(periodId)
                .orElseThrow(() -> RefusedException.invalid("periodId", "reports.refusal.period-unknown"));
        ReportRecord previous = db.selectFrom(REPORT)
                .where(REPORT.TENANT_ID.eq(tenant.id()), REPORT.PROVINCE_CODE.eq(tenant.provinceCode()))
                .orderBy(REPORT.CREATED_AT.desc())
                .limit(1)
                .fetchOne();
        String place = previous != null && previous.getPlace() != null ? previous.getPlace()
                : db.select(PROVINCE.NAME).from(PROVINCE).where(PROVINCE.CODE.eq(tenant.provinceCode())).fetchOne(PROVINCE.NAME);
        try {
            ReportRecord created = db.insertInto(REPORT)
                    .set(REPORT.TENANT_ID, tenant.id())
                    .set(REPORT.PERIOD_ID, periodId)
                    .set(REPORT.PROVINCE_CODE, tenant.provinceCode())
                    .set(REPORT.TITLE, period.defaultTitle())
                    .set(REPORT.PLACE, place)
                    .set(REPORT.RECIPIENTS, previous != null && previous.getRecipients() != null ? previous.getRecipients() : DEFAULT_RECIPIENTS)
                    .set(REPORT.SIGNER_TITLE, previous != null && previous.getSignerTitle() != null ? previous.getSignerTitle() : DEFAULT_SIGNER_TITLE)
                    .set(REPORT.SIGNER_NAME, previous == null ? null : previous.getSignerName())
                    .returning()
                    .fetchSingle();
            audit.record("report.created", null, created, created.getId());
            fill(created.getId(), period);
            return load(own(created.getId())).orElseThrow();
        } catch (DataAccessException | org.springframework.dao.DataAccessException e) {
            throw REFUSALS.translated(e);
        }
    }

    /** A report of the current tenant. */
    @Transactional(readOnly = true)
    public Optional<Report> find(UUID id) {
        return load(own(id));
    }

    /** A report of a given tenant, for the national union's reviewers (read in the national scope). */
    @Transactional(readOnly = true)
    public Optional<Report> find(UUID tenantId, UUID id) {
        return load(REPORT.TENANT_ID.eq(tenantId).and(REPORT.ID.eq(id)));
    }

    @Transactional
    public Optional<Report> updateHeader(UUID id, ReportHeader header) {
        if (header.title() == null || header.title().isBlank()) {
            throw RefusedException.invalid("title", "reports.refusal.title-missing");
        }
        return editable(id).map(before -> {
            ReportRecord updated = db.update(REPORT)
                    .set(REPORT.TITLE, header.title().strip())
                    .set(REPORT.NUMBER_SYMBOL, text(header.numberSymbol()))
                    .set(REPORT.PLACE, text(header.place()))
                    .set(REPORT.ISSUED_ON, header.issuedOn())
                    .set(REPORT.RECIPIENTS, text(header.recipients()))
                    .set(REPORT.SIGNER_TITLE, text(header.signerTitle()))
                    .set(REPORT.SIGNER_NAME, text(header.signerName()))
                    .set(REPORT.UPDATED_AT, OffsetDateTime.now())
                    .set(REPORT.VERSION, REPORT.VERSION.plus(1))
                    .where(own(id))
                    .returning()
                    .fetchSingle();
            audit.record("report.header-changed", before, updated, id);
            return load(own(id)).orElseThrow();
        });
    }

    /**
     * Enters a figure: for an indicator entered by hand, the figure itself; for a computed one, an override, which
     * needs its reason (the computed figure is kept beside it).
     */
    @Transactional
    public Optional<Report> enter(UUID id, String code, BigDecimal value, String reason) {
        return editable(id).map(report -> {
            var indicator = db.selectFrom(INDICATOR)
                    .where(INDICATOR.YEAR.eq(periodYear(report)), INDICATOR.CODE.eq(code))
                    .fetchOptional()
                    .orElseThrow(() -> RefusedException.invalid("code", "reports.refusal.indicator-unknown", code));
            if (value == null) {
                throw RefusedException.invalid("value", "reports.refusal.value-missing");
            }
            if (value.signum() < 0 && !"MEMBERS_CHANGE".equals(indicator.getSource())) {
                throw RefusedException.invalid("value", "reports.refusal.value-negative");
            }
            String why = text(reason);
            if (indicator.getSource() != null && why == null) {
                throw RefusedException.invalid("reason", "reports.refusal.reason-missing", code);
            }
            ReportValueRecord before = value(id, code);
            try {
                ReportValueRecord after = db.insertInto(REPORT_VALUE)
                        .set(REPORT_VALUE.TENANT_ID, report.getTenantId())
                        .set(REPORT_VALUE.REPORT_ID, id)
                        .set(REPORT_VALUE.INDICATOR_YEAR, indicator.getYear())
                        .set(REPORT_VALUE.INDICATOR_CODE, code)
                        .set(REPORT_VALUE.ENTERED_VALUE, value)
                        .set(REPORT_VALUE.REASON, why)
                        .set(REPORT_VALUE.ENTERED_AT, OffsetDateTime.now())
                        .set(REPORT_VALUE.ENTERED_BY, Actor.current().username())
                        .onConflict(REPORT_VALUE.TENANT_ID, REPORT_VALUE.REPORT_ID, REPORT_VALUE.INDICATOR_CODE)
                        .doUpdate()
                        .set(REPORT_VALUE.ENTERED_VALUE, value)
                        .set(REPORT_VALUE.REASON, why)
                        .set(REPORT_VALUE.ENTERED_AT, OffsetDateTime.now())
                        .set(REPORT_VALUE.ENTERED_BY, Actor.current().username())
                        .returning()
                        .fetchSingle();
                audit.record("report-value.entered", before, after, id + "/" + code);
            } catch (DataAccessException | org.springframework.dao.DataAccessException e) {
                throw REFUSALS.translated(e);
            }
            touch(id);
            return load(own(id)).orElseThrow();
        });
    }

    /** Removes what was entered: the computed figure is reported again (none for an indicator entered by hand). */
    @Transactional
    public Optional<Report> clear(UUID id, String code) {
        return editable(id).map(report -> {
            ReportValueRecord before = value(id, code);
            if (before != null && before.getEnteredValue() != null) {
                ReportValueRecord after = db.update(REPORT_VALUE)
                        .setNull(REPORT_VALUE.ENTERED_VALUE)
                        .setNull(REPORT_VALUE.REASON)
                        .setNull(REPORT_VALUE.ENTERED_AT)
                        .setNull(REPORT_VALUE.ENTERED_BY)
                        .where(REPORT_VALUE.TENANT_ID.eq(report.getTenantId()), REPORT_VALUE.REPORT_ID.eq(id),
                                REPORT_VALUE.INDICATOR_CODE.eq(code))
                        .returning()
                        .fetchSingle();
                audit.record("report-value.cleared", before, after, id + "/" + code);
                touch(id);
            }
            return load(own(id)).orElseThrow();
        });
    }

    /** Saves a narrative section, sanitised to the HTML a report may hold. */
    @Transactional
    public Optional<Report> write(UUID id, Section section, String html) {
        return write(id, Map.of(section, html == null ? "" : html));
    }

    /** Saves the narrative sections given (the page's editor saves them all at once), in one transaction. */
    @Transactional
    public Optional<Report> write(UUID id, Map<Section, String> texts) {
        return editable(id).map(report -> {
            texts.forEach((section, html) -> writeSection(report, section, html));
            touch(id);
            return load(own(id)).orElseThrow();
        });
    }

    private void writeSection(ReportRecord report, Section section, String html) {
        UUID id = report.getId();
        String body = RichTextPolicy.sanitised(html);
        var before = db.selectFrom(REPORT_SECTION)
                .where(REPORT_SECTION.TENANT_ID.eq(report.getTenantId()), REPORT_SECTION.REPORT_ID.eq(id),
                        ReportColumns.SECTION.eq(section))
                .fetchOne();
        try {
            var after = db.insertInto(REPORT_SECTION)
                    .set(REPORT_SECTION.TENANT_ID, report.getTenantId())
                    .set(REPORT_SECTION.REPORT_ID, id)
                    .set(ReportColumns.SECTION, section)
                    .set(REPORT_SECTION.BODY_HTML, body)
                    .onConflict(REPORT_SECTION.TENANT_ID, REPORT_SECTION.REPORT_ID, REPORT_SECTION.SECTION)
                    .doUpdate()
                    .set(REPORT_SECTION.BODY_HTML, body)
                    .set(REPORT_SECTION.UPDATED_AT, OffsetDateTime.now())
                    .returning()
                    .fetchSingle();
            audit.record("report-section.written", before, after, id + "/" + section.name());
        } catch (DataAccessException | org.springframework.dao.DataAccessException e) {
            throw REFUSALS.translated(e);
        }
    }

    /** Computes the figures again from the records as they are now; what the union entered stays. */
    @Transactional
    public Optional<Report> refresh(UUID id) {
        return editable(id).map(report -> {
            ReportingPeriod period = period(report.getPeriodId()).orElseThrow();
            try {
                fill(id, period);
            } catch (DataAccessException | org.springframework.dao.DataAccessException e) {
                throw REFUSALS.translated(e);
            }
            audit.record("report.refreshed", report, report, id);
            touch(id);
            return load(own(id)).orElseThrow();
        });
    }

    /** The figures of every indicator of the period's year as the records give them, beside what was entered. */
    private void fill(UUID reportId, ReportingPeriod period) {
        UUID tenant = AccessScope.currentTenant().id();
        ComputedFigures figures = computation.compute(period.startsOn(), period.endsOn());
        OffsetDateTime now = OffsetDateTime.now();
        var rows = db.selectFrom(INDICATOR).where(INDICATOR.YEAR.eq((short) period.year())).fetch().stream()
                .map(i -> {
                    Long computed = figures.valueOf(i.getCode(), i.getSource());
                    var row = new ReportValueRecord();
                    row.setTenantId(tenant);
                    row.setReportId(reportId);
                    row.setIndicatorYear(i.getYear());
                    row.setIndicatorCode(i.getCode());
                    row.setComputedValue(computed == null ? null : BigDecimal.valueOf(computed));
                    row.setComputedAt(computed == null ? null : now);
                    return row;
                })
                .toList();
        var insert = db.insertInto(REPORT_VALUE, REPORT_VALUE.TENANT_ID, REPORT_VALUE.REPORT_ID, REPORT_VALUE.INDICATOR_YEAR,
                REPORT_VALUE.INDICATOR_CODE, REPORT_VALUE.COMPUTED_VALUE, REPORT_VALUE.COMPUTED_AT);
        for (ReportValueRecord row : rows) {
            insert = insert.values(row.getTenantId(), row.getReportId(), row.getIndicatorYear(), row.getIndicatorCode(),
                    row.getComputedValue(), row.getComputedAt());
        }
        insert.onConflict(REPORT_VALUE.TENANT_ID, REPORT_VALUE.REPORT_ID, REPORT_VALUE.INDICATOR_CODE)
                .doUpdate()
                .set(REPORT_VALUE.COMPUTED_VALUE, DSL.excluded(REPORT_VALUE.COMPUTED_VALUE))
                .set(REPORT_VALUE.COMPUTED_AT, DSL.excluded(REPORT_VALUE.COMPUTED_AT))
                .execute();
    }

    /** The report locked for a change; refused, naming its status, unless a draft or returned. */
    private Optional<ReportRecord> editable(UUID id) {
        return db.selectFrom(REPORT).where(own(id)).forUpdate().fetchOptional().map(report -> {
            ReportStatus status = report.into(ReportColumns.STATUS).value1();
            if (status != ReportStatus.DRAFT && status != ReportStatus.RETURNED) {
                throw RefusedException.conflict("status", "reports.refusal.locked." + status.name());
            }
            return report;
        });
    }

    private void touch(UUID id) {
        db.update(REPORT).set(REPORT.UPDATED_AT, OffsetDateTime.now()).set(REPORT.VERSION, REPORT.VERSION.plus(1))
                .where(own(id)).execute();
    }

    private ReportValueRecord value(UUID id, String code) {
        return db.selectFrom(REPORT_VALUE)
                .where(REPORT_VALUE.TENANT_ID.eq(AccessScope.currentTenant().id()), REPORT_VALUE.REPORT_ID.eq(id),
                        REPORT_VALUE.INDICATOR_CODE.eq(code))
                .fetchOne();
    }

    private short periodYear(ReportRecord report) {
        return db.select(REPORTING_PERIOD.YEAR).from(REPORTING_PERIOD).where(REPORTING_PERIOD.ID.eq(report.getPeriodId()))
                .fetchSingle(REPORTING_PERIOD.YEAR);
    }

    static Condition own(UUID id) {
        return REPORT.TENANT_ID.eq(AccessScope.currentTenant().id()).and(REPORT.ID.eq(id));
    }

    /** The whole report the condition finds (one report at most), read in four queries. */
    Optional<Report> load(Condition which) {
        var found = db.select(REPORT.fields()).select(REPORTING_PERIOD.fields())
                .from(REPORT)
                .join(REPORTING_PERIOD).on(REPORTING_PERIOD.ID.eq(REPORT.PERIOD_ID))
                .where(which)
                .fetchOptional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ReportRecord r = found.get().into(REPORT);
        ReportingPeriod period = ReportingCalendar.toPeriod(found.get().into(REPORTING_PERIOD));
        var v = REPORT_VALUE;
        List<Figure> figures = db.select(INDICATOR.fields()).select(v.COMPUTED_VALUE, v.COMPUTED_AT, v.ENTERED_VALUE,
                        v.REASON, v.ENTERED_AT, v.ENTERED_BY)
                .from(INDICATOR)
                .leftJoin(v).on(v.TENANT_ID.eq(r.getTenantId()), v.REPORT_ID.eq(r.getId()), v.INDICATOR_CODE.eq(INDICATOR.CODE),
                        v.INDICATOR_YEAR.eq(INDICATOR.YEAR))
                .where(INDICATOR.YEAR.eq((short) period.year()))
                .orderBy(INDICATOR.POSITION, INDICATOR.CODE)
                .fetch(f -> new Figure(f.get(INDICATOR.CODE), f.get(INDICATOR.NAME), f.get(INDICATOR.NAME_EN),
                        f.get(INDICATOR.UNIT), f.get(INDICATOR.UNIT_EN), Section.valueOf(f.get(INDICATOR.AREA)),
                        f.get(INDICATOR.SOURCE), f.get(v.COMPUTED_VALUE), f.get(v.COMPUTED_AT), f.get(v.ENTERED_VALUE),
                        f.get(v.REASON), f.get(v.ENTERED_AT), f.get(v.ENTERED_BY)));
        Map<Section, String> sections = new EnumMap<>(Section.class);
        for (Section s : Section.values()) {
            sections.put(s, "");
        }
        db.selectFrom(REPORT_SECTION)
                .where(REPORT_SECTION.TENANT_ID.eq(r.getTenantId()), REPORT_SECTION.REPORT_ID.eq(r.getId()))
                .forEach(s -> sections.put(s.into(ReportColumns.SECTION).value1(), s.getBodyHtml()));
        List<Step> history = db.select(ReportColumns.FROM_STATUS, ReportColumns.TO_STATUS, REPORT_TRANSITION.ACTOR, REPORT_TRANSITION.OCCURRED_AT,
                        REPORT_TRANSITION.COMMENT, REPORT_TRANSITION.MEETING_DATE, REPORT_TRANSITION.MINUTES,
                        REPORT_TRANSITION.BY_CHAIR)
                .from(REPORT_TRANSITION)
                .where(REPORT_TRANSITION.TENANT_ID.eq(r.getTenantId()), REPORT_TRANSITION.REPORT_ID.eq(r.getId()))
                .orderBy(REPORT_TRANSITION.OCCURRED_AT, REPORT_TRANSITION.ID)
                .fetch(t -> new Step(t.get(ReportColumns.FROM_STATUS), t.get(ReportColumns.TO_STATUS),
                        t.get(REPORT_TRANSITION.ACTOR), t.get(REPORT_TRANSITION.OCCURRED_AT), t.get(REPORT_TRANSITION.COMMENT),
                        t.get(REPORT_TRANSITION.MEETING_DATE), t.get(REPORT_TRANSITION.MINUTES),
                        Boolean.TRUE.equals(t.get(REPORT_TRANSITION.BY_CHAIR))));
        var header = new ReportHeader(r.getTitle(), r.getNumberSymbol(), r.getPlace(), r.getIssuedOn(), r.getRecipients(),
                r.getSignerTitle(), r.getSignerName());
        return Optional.of(new Report(r.getTenantId(), r.getId(), period, r.getProvinceCode(), r.into(ReportColumns.STATUS).value1(),
                header, r.getApprovedOn(), r.getSentAt(), r.getAcceptedAt(), r.getUpdatedAt(), figures,
                new LinkedHashMap<>(sections), history,
                r.getApprovedOn() == null ? null : new Approval(r.getApprovedOn(), r.getApprovedBy(), r.getApprovedAt(),
                        r.getApprovalMinutes(), r.getApprovalRecordedBy()),
                r.getOpenedAt()));
    }


    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
