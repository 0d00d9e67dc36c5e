package vn.vusta.platform.reportexports.web;


import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import vn.vusta.platform.documents.PdfRendering;
import vn.vusta.platform.documents.PdfRenderingFailure;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.reportexports.NationalDocuments;
import vn.vusta.platform.reportexports.ReportExports;
import vn.vusta.platform.reportingcalendar.PeriodKind;
import vn.vusta.platform.reportingcalendar.ReportingCalendar;
import vn.vusta.platform.reportingcalendar.ReportingPeriod;
import vn.vusta.platform.reportexports.ReportFile;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

/**
 * A report as Word (the document in the Decree 30 layout), as PDF/A-2b (the same document rendered by LibreOffice)
 * and Excel (its figures): for the union's own users, and for the national union's reviewers, who name the tenant
 * too. The pages link to the same downloads under /workspace and /national, where the login is the session's.
 * Without LibreOffice the .pdf is refused with 503 saying so; the .docx still works.
 */
@RestController
class ReportExportsApiController {

    private final ReportExports exports;
    private final NationalDocuments nationalDocuments;
    private final ReportingCalendar calendar;
    private final PdfRendering rendering;
    private final MessageSource messages;

    ReportExportsApiController(ReportExports exports, NationalDocuments nationalDocuments, ReportingCalendar calendar,
                               PdfRendering rendering, MessageSource messages) {
        this.exports = exports;
        this.nationalDocuments = nationalDocuments;
        this.calendar = calendar;
        this.rendering = rendering;
        this.messages = messages;
    }

    @GetMapping({"/api/v1/reports/{id}/document.docx", "/workspace/reports/{id}/document.docx"})
    @Operation(summary = "The report as a Word document in the administrative format (Decree 30/2020/NĐ-CP)")
    ResponseEntity<byte[]> document(@PathVariable UUID id) {
        return download(exports.document(id), id);
    }

    @GetMapping({"/api/v1/reports/{id}/document.pdf", "/workspace/reports/{id}/document.pdf"})
    @Operation(summary = "The report as PDF/A-2b, the Word document rendered by LibreOffice with its fonts embedded")
    ResponseEntity<byte[]> documentPdf(@PathVariable UUID id) {
        return pdf(exports.document(id), id);
    }

    @GetMapping({"/api/v1/reports/{id}/indicators.xlsx", "/workspace/reports/{id}/indicators.xlsx"})
    @Operation(summary = "The report's indicators as .xlsx: computed, entered (with the reason) and reported figures")
    ResponseEntity<byte[]> indicators(@PathVariable UUID id) {
        return download(exports.indicators(id), id);
    }

    @GetMapping({"/api/v1/national/reports/{tenantId}/{reportId}/document.docx",
            "/national/reports/{tenantId}/{reportId}/document.docx"})
    @Operation(summary = "A province's report as a Word document, for the national union's reviewers")
    ResponseEntity<byte[]> nationalDocument(@PathVariable UUID tenantId, @PathVariable UUID reportId) {
        return download(exports.document(tenantId, reportId), reportId);
    }

    @GetMapping({"/api/v1/national/reports/{tenantId}/{reportId}/document.pdf",
            "/national/reports/{tenantId}/{reportId}/document.pdf"})
    @Operation(summary = "A province's report as PDF/A-2b, for the national union's reviewers")
    ResponseEntity<byte[]> nationalDocumentPdf(@PathVariable UUID tenantId, @PathVariable UUID reportId) {
        return pdf(exports.document(tenantId, reportId), reportId);
    }

    @GetMapping({"/api/v1/national/reports/{tenantId}/{reportId}/indicators.xlsx",
            "/national/reports/{tenantId}/{reportId}/indicators.xlsx"})
    @Operation(summary = "A province's report's indicators as .xlsx, for the national union's reviewers")
    ResponseEntity<byte[]> nationalIndicators(@PathVariable UUID tenantId, @PathVariable UUID reportId) {
        return download(exports.indicators(tenantId, reportId), reportId);
    }

    @GetMapping("/api/v1/national/periods/{year}/{kind}/aggregate/document.docx")
    @Operation(summary = "The national aggregate report of a period as a Word document (Decree 30/2020/NĐ-CP), with the table by province as its appendix")
    ResponseEntity<byte[]> aggregateDocument(@PathVariable int year, @PathVariable PeriodKind kind) {
        UUID period = period(year, kind);
        return download(nationalDocuments.aggregate(period), period);
    }

    @GetMapping("/api/v1/national/periods/{year}/{kind}/aggregate/document.pdf")
    @Operation(summary = "The national aggregate report of a period as PDF/A-2b")
    ResponseEntity<byte[]> aggregatePdf(@PathVariable int year, @PathVariable PeriodKind kind) {
        UUID period = period(year, kind);
        return pdf(nationalDocuments.aggregate(period), period);
    }

    @GetMapping("/api/v1/national/periods/{year}/{kind}/table/document.pdf")
    @Operation(summary = "The indicator table of a period by province as PDF/A-2b")
    ResponseEntity<byte[]> tablePdf(@PathVariable int year, @PathVariable PeriodKind kind) {
        UUID period = period(year, kind);
        return pdf(nationalDocuments.table(period), period);
    }

    @GetMapping("/api/v1/national/periods/{year}/{kind}/table/document.docx")
    @Operation(summary = "The indicator table of a period by province as a Word document, area by area")
    ResponseEntity<byte[]> tableDocument(@PathVariable int year, @PathVariable PeriodKind kind) {
        UUID period = period(year, kind);
        return download(nationalDocuments.table(period), period);
    }

    @GetMapping("/national/reports/aggregate/document.docx")
    ResponseEntity<byte[]> aggregateDocument(@RequestParam UUID period) {
        return download(nationalDocuments.aggregate(period), period);
    }

    @GetMapping("/national/reports/table/document.docx")
    ResponseEntity<byte[]> tableDocument(@RequestParam UUID period) {
        return download(nationalDocuments.table(period), period);
    }

    @GetMapping("/national/reports/aggregate/document.pdf")
    ResponseEntity<byte[]> aggregatePdf(@RequestParam UUID period) {
        return pdf(nationalDocuments.aggregate(period), period);
    }

    @GetMapping("/national/reports/table/document.pdf")
    ResponseEntity<byte[]> tablePdf(@RequestParam UUID period) {
        return pdf(nationalDocuments.table(period), period);
    }

    /**
     * No renderer (LibreOffice not installed), or a conversion that failed or ran out of time: 503, said in the
     * user's language, as RFC 9457 problem+json. The document is still there as .docx.
     */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> notRendered(PdfRenderingFailure failure) {
        String key = failure.reason() == PdfRenderingFailure.Reason.NOT_INSTALLED ? "reports.pdf.not-installed" : "reports.pdf.failed";
        var locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                messages.getMessage(key, null, locale));
        problem.setTitle(messages.getMessage("reports.pdf.unavailable", null, locale));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private ResponseEntity<byte[]> pdf(Optional<ReportFile> docx, UUID id) {
        if (!rendering.available()) {
            throw new PdfRenderingFailure(PdfRenderingFailure.Reason.NOT_INSTALLED, "LibreOffice is not installed", null);
        }
        return download(docx.map(file -> file.pdfA(rendering)), id);
    }

    private UUID period(int year, PeriodKind kind) {
        return calendar.period(year, kind).map(ReportingPeriod::id)
                .orElseThrow(() -> RefusedException.notFound("reporting-period", year + "/" + kind));
    }

    private static ResponseEntity<byte[]> download(Optional<ReportFile> file, UUID id) {
        ReportFile found = file.orElseThrow(() -> RefusedException.notFound("report-file", id));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(found.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(found.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(found.bytes());
    }
}
