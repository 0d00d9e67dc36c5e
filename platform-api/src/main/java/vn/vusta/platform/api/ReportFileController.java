package vn.vusta.platform.api;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.vusta.platform.reportexports.ReportExports;
import vn.vusta.platform.reportexports.ReportFile;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

/**
 * A report as Word (the document in the Decree 30 layout) and Excel (its figures): for the union's own users, and
 * for the national union's reviewers, who name the tenant too. The pages link to the same downloads under
 * /workspace and /national, where the login is the session's.
 */
@RestController
class ReportFileController {

    private final ReportExports exports;

    ReportFileController(ReportExports exports) {
        this.exports = exports;
    }

    @GetMapping({"/api/v1/reports/{id}/document.docx", "/workspace/reports/{id}/document.docx"})
    @Operation(summary = "The report as a Word document in the administrative format (Decree 30/2020/NĐ-CP)")
    ResponseEntity<byte[]> document(@PathVariable UUID id) {
        return download(exports.document(id), id);
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

    @GetMapping({"/api/v1/national/reports/{tenantId}/{reportId}/indicators.xlsx",
            "/national/reports/{tenantId}/{reportId}/indicators.xlsx"})
    @Operation(summary = "A province's report's indicators as .xlsx, for the national union's reviewers")
    ResponseEntity<byte[]> nationalIndicators(@PathVariable UUID tenantId, @PathVariable UUID reportId) {
        return download(exports.indicators(tenantId, reportId), reportId);
    }

    private static ResponseEntity<byte[]> download(Optional<ReportFile> file, UUID id) {
        ReportFile found = file.orElseThrow(() -> new NotFoundException("report-file", id));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(found.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(found.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(found.bytes());
    }
}
