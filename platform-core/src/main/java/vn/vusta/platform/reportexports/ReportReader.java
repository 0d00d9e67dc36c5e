package vn.vusta.platform.reportexports;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Component;
import vn.vusta.platform.reports.ReportColumns;
import vn.vusta.platform.tenancy.AccessScope;

import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.UUID;

import static vn.vusta.platform.db.jooq.Tables.INDICATOR;
import static vn.vusta.platform.db.jooq.Tables.PROVINCE;
import static vn.vusta.platform.db.jooq.Tables.REPORT;
import static vn.vusta.platform.db.jooq.Tables.REPORTING_PERIOD;
import static vn.vusta.platform.db.jooq.Tables.REPORT_SECTION;
import static vn.vusta.platform.db.jooq.Tables.REPORT_VALUE;
import static vn.vusta.platform.db.jooq.Tables.TENANT;

/**
 * Reads one report in the current scope: a tenant's own (row-level security hides the others), or in the national
 * scope any tenant's. Runs inside the caller's transaction.
 */
@Component
class ReportReader {

    private final DSLContext db;

    ReportReader(DSLContext db) {
        this.db = db;
    }

    Optional<ReportContent> read(Condition which) {
        return db.select(REPORT.TENANT_ID, REPORT.ID, REPORT.TITLE, REPORT.NUMBER_SYMBOL, REPORT.PLACE,
                        REPORT.ISSUED_ON, REPORT.RECIPIENTS, REPORT.SIGNER_TITLE, REPORT.SIGNER_NAME, ReportColumns.STATUS, TENANT.NAME,
                        PROVINCE.NAME, REPORTING_PERIOD.YEAR, REPORTING_PERIOD.KIND)
                .from(REPORT)
                .join(TENANT).on(TENANT.ID.eq(REPORT.TENANT_ID))
                .join(REPORTING_PERIOD).on(REPORTING_PERIOD.ID.eq(REPORT.PERIOD_ID))
                .join(PROVINCE).on(PROVINCE.CODE.eq(REPORT.PROVINCE_CODE))
                .where(AccessScope.ownRows(REPORT.TENANT_ID)).and(which)
                .fetchOptional().map(this::content);
    }

    private ReportContent content(Record r) {
        UUID tenantId = r.get(REPORT.TENANT_ID);
        UUID reportId = r.get(REPORT.ID);
        int year = r.get(REPORTING_PERIOD.YEAR);
        var figures = db.select(INDICATOR.CODE, INDICATOR.NAME, INDICATOR.UNIT, INDICATOR.AREA, REPORT_VALUE.COMPUTED_VALUE,
                        REPORT_VALUE.ENTERED_VALUE, REPORT_VALUE.REASON)
                .from(INDICATOR)
                .leftJoin(REPORT_VALUE).on(REPORT_VALUE.TENANT_ID.eq(tenantId), REPORT_VALUE.REPORT_ID.eq(reportId),
                        REPORT_VALUE.INDICATOR_YEAR.eq(INDICATOR.YEAR), REPORT_VALUE.INDICATOR_CODE.eq(INDICATOR.CODE))
                .where(INDICATOR.YEAR.eq((short) year))
                .orderBy(INDICATOR.POSITION, INDICATOR.CODE)
                .fetch(f -> new ReportContent.Figure(f.get(INDICATOR.CODE), f.get(INDICATOR.NAME), f.get(INDICATOR.UNIT),
                        f.get(INDICATOR.AREA), f.get(REPORT_VALUE.COMPUTED_VALUE), f.get(REPORT_VALUE.ENTERED_VALUE),
                        f.get(REPORT_VALUE.REASON)));
        var sections = new LinkedHashMap<String, String>();
        db.select(REPORT_SECTION.SECTION, REPORT_SECTION.BODY_HTML).from(REPORT_SECTION)
                .where(REPORT_SECTION.TENANT_ID.eq(tenantId), REPORT_SECTION.REPORT_ID.eq(reportId))
                .forEach(s -> sections.put(s.get(REPORT_SECTION.SECTION), s.get(REPORT_SECTION.BODY_HTML)));
        return new ReportContent(tenantId, reportId, r.get(TENANT.NAME), r.get(PROVINCE.NAME), year,
                r.get(REPORTING_PERIOD.KIND), r.get(REPORT.TITLE), r.get(REPORT.NUMBER_SYMBOL), r.get(REPORT.PLACE),
                r.get(REPORT.ISSUED_ON), r.get(REPORT.RECIPIENTS), r.get(REPORT.SIGNER_TITLE), r.get(REPORT.SIGNER_NAME),
                r.get(ReportColumns.STATUS), figures, sections);
    }
}
