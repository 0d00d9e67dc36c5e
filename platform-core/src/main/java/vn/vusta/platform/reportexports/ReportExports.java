package vn.vusta.platform.reportexports;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.platform.calendar.VietnamTime;
import vn.vusta.platform.documents.AdministrativeDocuments;

import java.util.Optional;
import java.util.UUID;

import static vn.vusta.platform.db.jooq.Tables.REPORT;

/**
 * A report as the files a union files and sends: the document in the Decree 30 layout (.docx) and its figures
 * (.xlsx). A report the current scope cannot read is not found.
 */
@Service
public class ReportExports {

    private final ReportReader reader;
    private final AdministrativeDocuments documents;

    ReportExports(ReportReader reader, AdministrativeDocuments documents) {
        this.reader = reader;
        this.documents = documents;
    }

    /** The current tenant's report as .docx. */
    @Transactional(readOnly = true)
    public Optional<ReportFile> document(UUID reportId) {
        return reader.read(REPORT.ID.eq(reportId)).map(this::document);
    }

    /** A tenant's report as .docx, for the national union's reviewers (national scope). */
    @Transactional(readOnly = true)
    public Optional<ReportFile> document(UUID tenantId, UUID reportId) {
        return reader.read(REPORT.TENANT_ID.eq(tenantId).and(REPORT.ID.eq(reportId))).map(this::document);
    }

    /** The current tenant's report's figures as .xlsx. */
    @Transactional(readOnly = true)
    public Optional<ReportFile> indicators(UUID reportId) {
        return reader.read(REPORT.ID.eq(reportId)).map(IndicatorSheet::write);
    }

    /** A tenant's report's figures as .xlsx, for the national union's reviewers (national scope). */
    @Transactional(readOnly = true)
    public Optional<ReportFile> indicators(UUID tenantId, UUID reportId) {
        return reader.read(REPORT.TENANT_ID.eq(tenantId).and(REPORT.ID.eq(reportId))).map(IndicatorSheet::write);
    }

    private ReportFile document(ReportContent report) {
        byte[] bytes = documents.write(ReportDocument.of(report, VietnamTime.today()));
        return new ReportFile(report.fileName("bao-cao", "docx"), ReportFile.DOCX, bytes);
    }
}
