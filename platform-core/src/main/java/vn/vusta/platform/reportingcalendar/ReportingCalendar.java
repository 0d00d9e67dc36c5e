package vn.vusta.platform.reportingcalendar;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.platform.audit.NationalAuditLog;
import vn.vusta.platform.db.jooq.tables.records.IndicatorRecord;
import vn.vusta.platform.db.jooq.tables.records.ReportingPeriodRecord;
import vn.vusta.platform.refusal.ConstraintRefusals;
import vn.vusta.platform.refusal.RefusedException;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static vn.vusta.platform.db.jooq.Tables.INDICATOR;
import static vn.vusta.platform.db.jooq.Tables.REPORT;
import static vn.vusta.platform.db.jooq.Tables.REPORTING_PERIOD;
import static vn.vusta.platform.db.jooq.Tables.REPORT_VALUE;

/**
 * The national union's reporting calendar (lịch báo cáo): per year, the periods with their deadlines and the set of
 * indicators. National data, not a tenant's: every change goes to the national audit log. What reports use stays:
 * a period or an indicator is removed only while no report refers to it. Counting the reports needs the national
 * read scope (a reviewer's); without it the database's foreign keys still refuse the removal.
 */
@Service
public class ReportingCalendar {

    /** Deadlines later than this after a period's end are a typing mistake (V22 holds the same limit). */
    private static final int LATEST_DEADLINE_DAYS = 90;
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    private final DSLContext db;
    private final NationalAuditLog audit;
    private final org.springframework.context.ApplicationEventPublisher events;

    ReportingCalendar(DSLContext db, NationalAuditLog audit, org.springframework.context.ApplicationEventPublisher events) {
        this.db = db;
        this.audit = audit;
        this.events = events;
    }

    /** The years with periods or indicators, newest first. */
    @Transactional(readOnly = true)
    public List<Integer> years() {
        return db.select(REPORTING_PERIOD.YEAR).from(REPORTING_PERIOD)
                .union(DSL.select(INDICATOR.YEAR).from(INDICATOR))
                .orderBy(DSL.field(REPORTING_PERIOD.YEAR.getUnqualifiedName()).desc())
                .fetch(r -> r.value1().intValue());
    }

    /** The year's periods, in the order of their end, quarters before the cumulative periods ending with them. */
    @Transactional(readOnly = true)
    public List<ReportingPeriod> periods(int year) {
        return db.select(REPORTING_PERIOD.asterisk(), reportsOfPeriod())
                .from(REPORTING_PERIOD)
                .where(REPORTING_PERIOD.YEAR.eq((short) year))
                .orderBy(REPORTING_PERIOD.ENDS_ON, REPORTING_PERIOD.STARTS_ON.desc())
                .fetch(r -> toPeriod(r.into(REPORTING_PERIOD), r.get(reportsOfPeriod())));
    }

    @Transactional(readOnly = true)
    public Optional<ReportingPeriod> period(UUID id) {
        return db.select(REPORTING_PERIOD.asterisk(), reportsOfPeriod())
                .from(REPORTING_PERIOD).where(REPORTING_PERIOD.ID.eq(id))
                .fetchOptional(r -> toPeriod(r.into(REPORTING_PERIOD), r.get(reportsOfPeriod())));
    }

    @Transactional(readOnly = true)
    public Optional<ReportingPeriod> period(int year, PeriodKind kind) {
        return db.select(REPORTING_PERIOD.asterisk(), reportsOfPeriod())
                .from(REPORTING_PERIOD).where(REPORTING_PERIOD.YEAR.eq((short) year), ReportingCalendarColumns.KIND.eq(kind))
                .fetchOptional(r -> toPeriod(r.into(REPORTING_PERIOD), r.get(reportsOfPeriod())));
    }

    /** A period of the year; its dates follow from its kind. */
    @Transactional
    public ReportingPeriod addPeriod(int year, PeriodKind kind, LocalDate deadline) {
        checkYear(year);
        if (kind == null || !kind.onCalendar()) {
            throw RefusedException.invalid("kind", "review.calendar.refusal.kind-missing");
        }
        checkDeadline(year, kind, deadline);
        if (db.fetchExists(REPORTING_PERIOD, REPORTING_PERIOD.YEAR.eq((short) year), ReportingCalendarColumns.KIND.eq(kind))) {
            throw RefusedException.conflict("kind", "review.calendar.refusal.period-exists", year);
        }
        try {
            ReportingPeriodRecord created = db.insertInto(REPORTING_PERIOD)
                    .set(REPORTING_PERIOD.YEAR, (short) year)
                    .set(ReportingCalendarColumns.KIND, kind)
                    .set(REPORTING_PERIOD.STARTS_ON, kind.startsOn(year))
                    .set(REPORTING_PERIOD.ENDS_ON, kind.endsOn(year))
                    .set(REPORTING_PERIOD.DEADLINE, deadline)
                    .returning().fetchSingle();
            audit.record("reporting-period.added", null, created, created.getId());
            return toPeriod(created, 0);
        } catch (org.springframework.dao.DataAccessException | org.jooq.exception.DataAccessException e) {
            throw refusals(year).translated(e);
        }
    }

    /** A new deadline for a period; empty when the year has no such period. */
    @Transactional
    public Optional<ReportingPeriod> changeDeadline(int year, PeriodKind kind, LocalDate deadline) {
        Optional<ReportingPeriodRecord> before = lockedPeriod(year, kind);
        if (before.isEmpty()) {
            return Optional.empty();
        }
        checkDeadline(year, kind, deadline);
        ReportingPeriodRecord after = db.update(REPORTING_PERIOD)
                .set(REPORTING_PERIOD.DEADLINE, deadline)
                .where(REPORTING_PERIOD.ID.eq(before.get().getId()))
                .returning().fetchSingle();
        audit.record("reporting-period.deadline-changed", before.get(), after, after.getId());
        return period(after.getId());
    }

    /** Removes a period no report uses; false when the year has no such period. */
    @Transactional
    public boolean removePeriod(int year, PeriodKind kind) {
        Optional<ReportingPeriodRecord> before = lockedPeriod(year, kind);
        if (before.isEmpty()) {
            return false;
        }
        int reports = db.fetchCount(REPORT, REPORT.PERIOD_ID.eq(before.get().getId()));
        if (reports > 0) {
            throw RefusedException.conflict("kind", "review.calendar.refusal.period-in-use", reports);
        }
        try {
            db.deleteFrom(REPORTING_PERIOD).where(REPORTING_PERIOD.ID.eq(before.get().getId())).execute();
        } catch (org.springframework.dao.DataAccessException | org.jooq.exception.DataAccessException e) {
            throw refusals(year).translated(e);
        }
        audit.record("reporting-period.removed", before.get(), null, before.get().getId());
        return true;
    }

    /** The year's indicators by position. */
    @Transactional(readOnly = true)
    public List<Indicator> indicators(int year) {
        Field<Integer> reports = reportsOfIndicator();
        return db.select(INDICATOR.asterisk(), reports)
                .from(INDICATOR)
                .where(INDICATOR.YEAR.eq((short) year))
                .orderBy(INDICATOR.POSITION, INDICATOR.CODE)
                .fetch(r -> toIndicator(r.into(INDICATOR), r.get(reports)));
    }

    @Transactional(readOnly = true)
    public Optional<Indicator> indicator(int year, String code) {
        Field<Integer> reports = reportsOfIndicator();
        return db.select(INDICATOR.asterisk(), reports)
                .from(INDICATOR)
                .where(INDICATOR.YEAR.eq((short) year), INDICATOR.CODE.eq(code))
                .fetchOptional(r -> toIndicator(r.into(INDICATOR), r.get(reports)));
    }

    @Transactional
    public Indicator addIndicator(int year, IndicatorDraft draft) {
        checkYear(year);
        check(draft);
        String code = draft.code().strip();
        if (db.fetchExists(INDICATOR, INDICATOR.YEAR.eq((short) year), INDICATOR.CODE.eq(code))) {
            throw RefusedException.conflict("code", "review.calendar.refusal.indicator-exists", code, year);
        }
        try {
            IndicatorRecord created = db.newRecord(INDICATOR);
            created.setYear((short) year);
            created.setCode(code);
            written(created, draft);
            created.store();
            audit.record("indicator.added", null, created, year + "/" + code);
            return toIndicator(created, 0);
        } catch (org.springframework.dao.DataAccessException | org.jooq.exception.DataAccessException e) {
            throw refusals(year).translated(e);
        }
    }

    /** Changes an indicator's names, unit, area, source and position; its code stays. Empty when there is none. */
    @Transactional
    public Optional<Indicator> changeIndicator(int year, String code, IndicatorDraft draft) {
        Optional<IndicatorRecord> before = lockedIndicator(year, code);
        if (before.isEmpty()) {
            return Optional.empty();
        }
        check(new IndicatorDraft(code, draft.name(), draft.nameEn(), draft.unit(), draft.unitEn(), draft.area(),
                draft.source(), draft.position()));
        IndicatorRecord after = before.get().copy();
        after.setYear((short) year);
        after.setCode(code);
        written(after, draft);
        try {
            db.update(INDICATOR).set(after)
                    .where(INDICATOR.YEAR.eq((short) year), INDICATOR.CODE.eq(code)).execute();
        } catch (org.springframework.dao.DataAccessException | org.jooq.exception.DataAccessException e) {
            throw refusals(year).translated(e);
        }
        audit.record("indicator.changed", before.get(), after, year + "/" + code);
        return indicator(year, code);
    }

    /** Removes an indicator no report carries; false when the year has no such indicator. */
    @Transactional
    public boolean removeIndicator(int year, String code) {
        Optional<IndicatorRecord> before = lockedIndicator(year, code);
        if (before.isEmpty()) {
            return false;
        }
        int reports = db.fetchCount(REPORT_VALUE, REPORT_VALUE.INDICATOR_YEAR.eq((short) year), REPORT_VALUE.INDICATOR_CODE.eq(code));
        if (reports > 0) {
            throw RefusedException.conflict("code", "review.calendar.refusal.indicator-in-use", code, reports);
        }
        try {
            db.deleteFrom(INDICATOR).where(INDICATOR.YEAR.eq((short) year), INDICATOR.CODE.eq(code)).execute();
        } catch (org.springframework.dao.DataAccessException | org.jooq.exception.DataAccessException e) {
            throw refusals(year).translated(e);
        }
        audit.record("indicator.removed", before.get(), null, year + "/" + code);
        return true;
    }

    /** What {@link #copyToNextYear} added. */
    public record Copied(int year, int periods, int indicators) {
    }

    /**
     * Copies a year's calendar to the next year: its periods (same kinds, deadlines a year later) and its indicator
     * set. What the next year has already is kept as it is.
     */
    @Transactional
    public Copied copyToNextYear(int year) {
        checkYear(year + 1);
        int periods = 0;
        for (ReportingPeriodRecord period : db.selectFrom(REPORTING_PERIOD).where(REPORTING_PERIOD.YEAR.eq((short) year)).fetch()) {
            PeriodKind kind = period.into(ReportingCalendarColumns.KIND).value1();
            if (lockedPeriod(year + 1, kind).isPresent()) {
                continue;
            }
            ReportingPeriodRecord created = db.insertInto(REPORTING_PERIOD)
                    .set(REPORTING_PERIOD.YEAR, (short) (year + 1))
                    .set(ReportingCalendarColumns.KIND, kind)
                    .set(REPORTING_PERIOD.STARTS_ON, kind.startsOn(year + 1))
                    .set(REPORTING_PERIOD.ENDS_ON, kind.endsOn(year + 1))
                    .set(REPORTING_PERIOD.DEADLINE, period.getDeadline().plusYears(1))
                    .returning().fetchSingle();
            audit.record("reporting-period.added", null, created, created.getId());
            periods++;
        }
        int indicators = 0;
        var copied = new HashSet<String>();
        for (IndicatorRecord indicator : db.selectFrom(INDICATOR).where(INDICATOR.YEAR.eq((short) year)).orderBy(INDICATOR.POSITION).fetch()) {
            if (lockedIndicator(year + 1, indicator.getCode()).isPresent()) {
                continue;
            }
            IndicatorRecord created = indicator.copy();
            created.setYear((short) (year + 1));
            created.setCode(indicator.getCode());
            created.attach(db.configuration());
            created.insert();
            audit.record("indicator.added", null, created, (year + 1) + "/" + created.getCode());
            copied.add(created.getCode());
            indicators++;
        }
        events.publishEvent(new IndicatorSetCopied(year, year + 1, copied));
        return new Copied(year + 1, periods, indicators);
    }

    private Optional<ReportingPeriodRecord> lockedPeriod(int year, PeriodKind kind) {
        return db.selectFrom(REPORTING_PERIOD)
                .where(REPORTING_PERIOD.YEAR.eq((short) year), ReportingCalendarColumns.KIND.eq(kind))
                .forUpdate().fetchOptional();
    }

    private Optional<IndicatorRecord> lockedIndicator(int year, String code) {
        return db.selectFrom(INDICATOR)
                .where(INDICATOR.YEAR.eq((short) year), INDICATOR.CODE.eq(code))
                .forUpdate().fetchOptional();
    }

    private static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw RefusedException.invalid("year", "review.calendar.refusal.year-implausible", FIRST_YEAR, LAST_YEAR);
        }
    }

    private static void checkDeadline(int year, PeriodKind kind, LocalDate deadline) {
        if (deadline == null) {
            throw RefusedException.invalid("deadline", "review.calendar.refusal.deadline-missing");
        }
        if (deadline.isBefore(kind.startsOn(year))) {
            throw RefusedException.invalid("deadline", "review.calendar.refusal.deadline-before-start",
                    kind.startsOn(year).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        }
        if (deadline.isAfter(kind.endsOn(year).plusDays(LATEST_DEADLINE_DAYS))) {
            throw RefusedException.invalid("deadline", "review.calendar.refusal.deadline-too-late", LATEST_DEADLINE_DAYS);
        }
    }

    private static void check(IndicatorDraft draft) {
        if (draft.code() == null || !draft.code().strip().matches("[A-Z]{2}[0-9]{2}")) {
            throw RefusedException.invalid("code", "review.calendar.refusal.code-format");
        }
        requireText("name", draft.name());
        requireText("nameEn", draft.nameEn());
        requireText("unit", draft.unit());
        requireText("unitEn", draft.unitEn());
        if (draft.area() == null) {
            throw RefusedException.invalid("area", "review.calendar.refusal.area-missing");
        }
        if (draft.source() != null && !draft.source().isBlank() && !IndicatorSources.known(draft.source().strip())) {
            throw RefusedException.invalid("source", "review.calendar.refusal.source-unknown", draft.source().strip());
        }
        if (draft.position() < 0 || draft.position() > Short.MAX_VALUE) {
            throw RefusedException.invalid("position", "review.calendar.refusal.position-implausible");
        }
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw RefusedException.invalid(field, "review.calendar.refusal.text-missing");
        }
    }

    private static void written(IndicatorRecord record, IndicatorDraft draft) {
        record.setName(draft.name().strip());
        record.setNameEn(draft.nameEn().strip());
        record.setUnit(draft.unit().strip());
        record.setUnitEn(draft.unitEn().strip());
        record.setArea(draft.area().name());
        record.setSource(draft.source() == null || draft.source().isBlank() ? null : draft.source().strip());
        record.setPosition((short) draft.position());
    }

    private static ConstraintRefusals refusals(int year) {
        return ConstraintRefusals.of(Map.of(
                "reporting_period_key", RefusedException.conflict("kind", "review.calendar.refusal.period-exists", year),
                "reporting_period_deadline_plausible", RefusedException.invalid("deadline", "review.calendar.refusal.deadline-too-late", LATEST_DEADLINE_DAYS),
                "report_period_fkey", RefusedException.conflict("kind", "review.calendar.refusal.period-in-use", 1),
                "indicator_pkey", RefusedException.conflict("code", "review.calendar.refusal.indicator-exists", "", year),
                "report_value_indicator_fkey", RefusedException.conflict("code", "review.calendar.refusal.indicator-in-use", "", 1)));
    }

    private static Field<Integer> reportsOfPeriod() {
        return DSL.field(DSL.selectCount().from(REPORT).where(REPORT.PERIOD_ID.eq(REPORTING_PERIOD.ID))).as("reports");
    }

    private static Field<Integer> reportsOfIndicator() {
        return DSL.field(DSL.selectCount().from(REPORT_VALUE)
                .where(REPORT_VALUE.INDICATOR_YEAR.eq(INDICATOR.YEAR), REPORT_VALUE.INDICATOR_CODE.eq(INDICATOR.CODE))).as("reports");
    }

    /** A period as the other capabilities name it, without the calendar's count of its reports. */
    public static ReportingPeriod toPeriod(ReportingPeriodRecord r) {
        return toPeriod(r, null);
    }

    private static ReportingPeriod toPeriod(ReportingPeriodRecord r, Integer reports) {
        return new ReportingPeriod(r.getId(), r.getYear(), r.into(ReportingCalendarColumns.KIND).value1(), r.getStartsOn(), r.getEndsOn(),
                r.getDeadline(), reports);
    }

    private static Indicator toIndicator(IndicatorRecord r, int reports) {
        return new Indicator(r.getYear(), r.getCode(), r.getName(), r.getNameEn(), r.getUnit(), r.getUnitEn(),
                r.into(ReportingCalendarColumns.AREA).value1(), r.getSource(), r.getPosition(), reports);
    }
}
