package vn.vusta.platform.dataquality;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import vn.vusta.platform.reportingcalendar.PeriodKind;
import vn.vusta.platform.reportingcalendar.ReportingCalendarColumns;
import vn.vusta.platform.reports.ReportColumns;
import vn.vusta.platform.reports.ReportStatus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static vn.vusta.platform.db.jooq.Tables.REPORT;
import static vn.vusta.platform.db.jooq.Tables.REPORTING_PERIOD;
import static vn.vusta.platform.db.jooq.Tables.REPORT_VALUE;

/**
 * The reported figures the rules read, in one query: the reports the national union received (sent or accepted) of
 * one period kind up to a year, by the province they speak for, year by year. A union's history is its province's:
 * a former province's reports, kept in its new union, stay its own.
 */
@Component
class ReportFigures {

    private static final List<ReportStatus> RECEIVED = List.of(ReportStatus.SENT, ReportStatus.ACCEPTED);

    private final DSLContext db;

    ReportFigures(DSLContext db) {
        this.db = db;
    }

    /** One received report of the period's year. */
    record Received(UUID tenantId, UUID reportId, String provinceCode, ReportStatus status, Map<String, BigDecimal> figures) {
    }

    /** The received reports of a period kind up to a year: those of the year, and every province's figures by year. */
    record ReceivedFigures(List<Received> ofYear, Map<String, TreeMap<Integer, Map<String, BigDecimal>>> byProvince) {

        /** A province's figures a year earlier and over the years before, for a report of the given year. */
        RuleEvaluation.Figures around(String provinceCode, int year, Map<String, BigDecimal> current) {
            TreeMap<Integer, Map<String, BigDecimal>> years = byProvince.getOrDefault(provinceCode, new TreeMap<>());
            Map<String, List<BigDecimal>> history = new HashMap<>();
            years.headMap(year, false).values().forEach(f -> f.forEach((code, v) ->
                    history.computeIfAbsent(code, c -> new ArrayList<>()).add(v)));
            return new RuleEvaluation.Figures(current, years.get(year - 1), history);
        }
    }

    /** Every province's received reports of the kind up to the year (the national scope sees every tenant's). */
    ReceivedFigures received(PeriodKind kind, int year) {
        return read(kind, year, DSL.noCondition());
    }

    /** One province's received reports of the kind before the year (what a report of that year is held against). */
    ReceivedFigures received(PeriodKind kind, int year, UUID tenantId, String provinceCode) {
        return read(kind, year - 1, REPORT.TENANT_ID.eq(tenantId).and(REPORT.PROVINCE_CODE.eq(provinceCode)));
    }

    private ReceivedFigures read(PeriodKind kind, int upToYear, Condition which) {
        Map<UUID, Received> ofYear = new LinkedHashMap<>();
        Map<String, TreeMap<Integer, Map<String, BigDecimal>>> byProvince = new HashMap<>();
        db.select(REPORT.TENANT_ID, REPORT.ID, REPORT.PROVINCE_CODE, ReportColumns.STATUS, REPORTING_PERIOD.YEAR,
                        REPORT_VALUE.INDICATOR_CODE, DSL.coalesce(REPORT_VALUE.ENTERED_VALUE, REPORT_VALUE.COMPUTED_VALUE))
                .from(REPORT)
                .join(REPORTING_PERIOD).on(REPORTING_PERIOD.ID.eq(REPORT.PERIOD_ID))
                .leftJoin(REPORT_VALUE).on(REPORT_VALUE.TENANT_ID.eq(REPORT.TENANT_ID), REPORT_VALUE.REPORT_ID.eq(REPORT.ID))
                .where(ReportingCalendarColumns.KIND.eq(kind), REPORTING_PERIOD.YEAR.le((short) upToYear),
                        ReportColumns.STATUS.in(RECEIVED), which)
                .orderBy(REPORT.PROVINCE_CODE, REPORT.ID)
                .forEach(r -> {
                    int year = r.value5();
                    String code = r.value6();
                    BigDecimal value = r.value7();
                    if (year == upToYear) {
                        ofYear.computeIfAbsent(r.value2(), id -> new Received(r.value1(), id, r.value3(), r.value4(), new HashMap<>()));
                        if (code != null && value != null) {
                            ofYear.get(r.value2()).figures().put(code, value);
                        }
                    }
                    if (code != null && value != null) {
                        byProvince.computeIfAbsent(r.value3(), p -> new TreeMap<>())
                                .computeIfAbsent(year, y -> new HashMap<>()).putIfAbsent(code, value);
                    }
                });
        return new ReceivedFigures(List.copyOf(ofYear.values()), byProvince);
    }
}
