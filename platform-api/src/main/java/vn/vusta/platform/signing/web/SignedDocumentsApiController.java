package vn.vusta.platform.signing.web;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.reportingcalendar.PeriodKind;
import vn.vusta.platform.reportingcalendar.ReportingCalendar;
import vn.vusta.platform.reportingcalendar.ReportingPeriod;
import vn.vusta.platform.signing.ArchivedPdf;
import vn.vusta.platform.signing.NationalSigning;
import vn.vusta.platform.signing.SignedDocument;
import vn.vusta.platform.signing.SignedDocuments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The archive of a report's signed PDFs: listed with what verifying each found (the reason in words, in the
 * request's language), each PDF downloaded exactly as kept; the union adds copies signed outside the platform. For
 * the union's users and, naming the tenant, the national union's reviewers; the pages link to the same downloads
 * under /workspace and /national.
 */
@RestController
class SignedDocumentsApiController {

    /** A signature as the API tells it: {@code verdict} is the reason in words ("Chữ ký hợp lệ"). */
    record Signature(String signer, OffsetDateTime signedAt, String indication, String verdict) {
    }

    /** An archived PDF as the API tells it, with the address of its bytes. */
    record Entry(UUID id, int version, String kind, String fileName, String sha256, boolean valid,
                 List<Signature> signatures, OffsetDateTime verifiedAt, String storedBy, OffsetDateTime storedAt,
                 String href) {
    }

    private final SignedDocuments archive;
    private final NationalSigning national;
    private final ReportingCalendar calendar;
    private final MessageSource messages;

    SignedDocumentsApiController(SignedDocuments archive, NationalSigning national, ReportingCalendar calendar,
                                 MessageSource messages) {
        this.archive = archive;
        this.national = national;
        this.calendar = calendar;
        this.messages = messages;
    }

    @GetMapping("/api/v1/reports/{id}/signed-documents")
    @Operation(summary = "The report's archived PDFs (approved and signed, sent, uploaded), oldest first, with what verifying their signatures found")
    List<Entry> list(@PathVariable UUID id, Locale locale) {
        return entries(archive.of(id), "/api/v1", locale);
    }

    @GetMapping({"/api/v1/signed-documents/{id}/document.pdf", "/workspace/signed-documents/{id}.pdf"})
    @Operation(summary = "One archived PDF of a report, exactly as kept")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        return download(archive.pdf(id), id);
    }

    @PostMapping(path = "/api/v1/reports/{id}/signed-documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Keep a copy of the report signed outside the platform (multipart part \"file\", a PDF): verified and archived as the next version")
    Entry upload(@PathVariable UUID id, @RequestParam MultipartFile file, Locale locale) {
        return entry(archive.upload(id, file.getOriginalFilename(), bytes(file)), "/api/v1", locale);
    }

    @GetMapping("/api/v1/national/reports/{tenantId}/{reportId}/signed-documents")
    @Operation(summary = "A province's report's archived PDFs, for the national union's reviewers")
    List<Entry> nationalList(@PathVariable UUID tenantId, @PathVariable UUID reportId, Locale locale) {
        return entries(archive.of(tenantId, reportId), "/api/v1/national/reports/" + tenantId + "/" + reportId, locale);
    }

    @GetMapping({"/api/v1/national/reports/{tenantId}/{reportId}/signed-documents/{documentId}/document.pdf",
            "/national/reports/{tenantId}/{reportId}/signed-documents/{documentId}.pdf"})
    @Operation(summary = "One archived PDF of a province's report, exactly as kept, for the national union's reviewers")
    ResponseEntity<byte[]> nationalPdf(@PathVariable UUID tenantId, @PathVariable UUID reportId,
                                       @PathVariable UUID documentId) {
        return download(archive.pdf(tenantId, reportId, documentId), documentId);
    }

    @GetMapping("/api/v1/national/periods/{year}/{kind}/aggregate/signed.pdf")
    @Operation(summary = "The national aggregate report of a period as a PDF/A signed by the national union (made when asked, signed anew each time)")
    ResponseEntity<byte[]> signedAggregate(@PathVariable int year, @PathVariable PeriodKind kind) {
        UUID period = calendar.period(year, kind).map(ReportingPeriod::id)
                .orElseThrow(() -> RefusedException.notFound("reporting-period", year + "/" + kind));
        return download(national.aggregate(period), period);
    }

    @GetMapping("/national/reports/aggregate/signed.pdf")
    ResponseEntity<byte[]> signedAggregate(@RequestParam UUID period) {
        return download(national.aggregate(period), period);
    }

    static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Entry> entries(List<SignedDocument> documents, String base, Locale locale) {
        return documents.stream().map(d -> entry(d, base, locale)).toList();
    }

    private Entry entry(SignedDocument d, String base, Locale locale) {
        var signatures = d.signatures().stream().map(c -> new Signature(c.signer(), c.signedAt(), c.indication().name(),
                messages.getMessage(c.reasonKey(), null, c.reasonKey(), locale))).toList();
        return new Entry(d.id(), d.version(), d.kind().name(), d.fileName(), d.sha256(), d.verdict().valid(), signatures,
                d.verifiedAt(), d.storedBy(), d.storedAt(), base + "/signed-documents/" + d.id() + "/document.pdf");
    }

    private static ResponseEntity<byte[]> download(Optional<ArchivedPdf> found, UUID id) {
        ArchivedPdf pdf = found.orElseThrow(() -> RefusedException.notFound("signed-document", id));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(pdf.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(pdf.bytes());
    }
}
