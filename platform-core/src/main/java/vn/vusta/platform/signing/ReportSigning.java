package vn.vusta.platform.signing;

import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.vusta.platform.calendar.VietnamTime;
import vn.vusta.platform.documents.PdfRendering;
import vn.vusta.platform.documents.PdfRenderingFailure;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.reportexports.ReportExports;
import vn.vusta.platform.reportexports.ReportFile;
import vn.vusta.platform.reports.Report;
import vn.vusta.platform.reports.ReportStatus;
import vn.vusta.platform.reports.ReportTransitioned;
import vn.vusta.platform.reports.Reports;
import vn.vusta.platform.reports.Step;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static vn.vusta.platform.db.jooq.Tables.TENANT;

/**
 * Who signs a union's report, and when. The chairman approving it in the platform signs it with the union's approver
 * key (ký duyệt): its PDF/A, the signature shown in the signature block above his name. Sending it adds the union's
 * signature as an organisation (the seal's) over the approved PDF — or over the report's PDF, when the approval was
 * recorded from a meeting on paper — and keeps the PDF that went. Both are archived ({@link SignedDocuments}) in the
 * step's transaction: a union with a key whose signature fails does not move its report (nothing half-written); a
 * union without a key approves and sends as before, the sent PDF archived unsigned.
 */
@Component
class ReportSigning {

    private static final Logger log = LoggerFactory.getLogger(ReportSigning.class);
    // Decree 30/2020/NĐ-CP, appendix I: the time of signing with the Vietnamese time zone (ISO 8601).
    private static final DateTimeFormatter SIGNED_AT = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy xxx");

    private final Reports reports;
    private final ReportExports exports;
    private final PdfRendering rendering;
    private final PdfSigner signer;
    private final SigningKeys keys;
    private final SignedDocuments archive;
    private final DSLContext db;

    ReportSigning(Reports reports, ReportExports exports, PdfRendering rendering, PdfSigner signer, SigningKeys keys,
                  SignedDocuments archive, DSLContext db) {
        this.reports = reports;
        this.exports = exports;
        this.rendering = rendering;
        this.signer = signer;
        this.keys = keys;
        this.archive = archive;
        this.db = db;
    }

    @EventListener
    void onStep(ReportTransitioned step) {
        if (step.to() == ReportStatus.APPROVED && step.from() == ReportStatus.SUBMITTED) {
            approved(step.tenantId(), step.reportId());
        } else if (step.to() == ReportStatus.SENT) {
            sent(step.tenantId(), step.reportId());
        }
    }

    private void approved(UUID tenantId, UUID reportId) {
        Report report = reports.find(reportId).orElseThrow();
        if (report.approval() == null || !report.approval().inPlatform()) {
            return; // approved at a meeting on paper: the chairman signed the paper
        }
        Optional<SigningKey> key = keys.forUnion(tenantCode(tenantId), SignerRole.APPROVER);
        if (key.isEmpty()) {
            return;
        }
        ReportFile docx = exports.document(reportId).orElseThrow();
        byte[] signed = sign(pdf(docx), key.get(), report, SignerRole.APPROVER, List.of(
                "Người ký: " + key.get().holder(),
                "Thời gian ký: " + now()));
        archive.store(reportId, DocumentKind.APPROVED, fileName(docx, "ban-duyet"), signed);
    }

    private void sent(UUID tenantId, UUID reportId) {
        Report report = reports.find(reportId).orElseThrow();
        Optional<SigningKey> key = keys.forUnion(tenantCode(tenantId), SignerRole.ORGANISATION);
        Optional<byte[]> approved = lastApproval(report)
                .flatMap(at -> archive.latest(reportId, DocumentKind.APPROVED, at));
        if (approved.isEmpty() && key.isEmpty() && !rendering.available()) {
            log.warn("Report {} sent without a PDF archived: no PDF renderer is installed", reportId);
            return;
        }
        ReportFile docx = exports.document(reportId).orElseThrow();
        byte[] pdf = approved.isPresent() ? approved.get() : pdf(docx);
        if (key.isPresent()) {
            pdf = sign(pdf, key.get(), report, SignerRole.ORGANISATION, List.of(
                    "Ký bởi: " + key.get().holder(),
                    "Thời gian ký: " + now()));
        }
        archive.store(reportId, DocumentKind.SENT, fileName(docx, "ban-gui"), pdf);
    }

    /** When the current approval was given; a PDF signed at it was archived after that. */
    private static Optional<OffsetDateTime> lastApproval(Report report) {
        return report.history().reversed().stream()
                .filter(s -> s.to() == ReportStatus.APPROVED && s.from() == ReportStatus.SUBMITTED)
                .map(Step::occurredAt).findFirst();
    }

    private byte[] pdf(ReportFile docx) {
        try {
            return rendering.pdfA(docx.bytes());
        } catch (PdfRenderingFailure e) {
            throw RefusedException.conflict("signature", e.reason() == PdfRenderingFailure.Reason.NOT_INSTALLED
                    ? "signing.refusal.renderer-missing" : "signing.refusal.rendering-failed")
                    .logged("Report " + docx.fileName() + " not rendered as PDF/A to be signed: " + e.getMessage());
        }
    }

    private byte[] sign(byte[] pdf, SigningKey key, Report report, SignerRole role, List<String> lines) {
        try {
            return signer.sign(pdf, key, new SignatureBlock(report.header().signerName(), lines, role));
        } catch (RefusedException e) {
            throw e;
        } catch (RuntimeException e) {
            // The certificate's serial number, not its holder's name: logs carry no personal data.
            log.warn("Signing report {} with certificate {} failed", report.id(),
                    key.certificate().getSerialNumber().toString(16), e);
            throw RefusedException.conflict("signature", "signing.refusal.signing-failed")
                    .logged("Signing report " + report.id() + " failed: " + e.getMessage());
        }
    }

    private static String fileName(ReportFile docx, String suffix) {
        return docx.fileName().replaceFirst("\\.docx$", "") + "-" + suffix + ".pdf";
    }

    private String tenantCode(UUID tenantId) {
        return db.select(TENANT.CODE).from(TENANT).where(TENANT.ID.eq(tenantId)).fetchSingle().value1();
    }

    /** The moment of signing as the visible signature says it. */
    static String now() {
        return ZonedDateTime.now(VietnamTime.ZONE).format(SIGNED_AT);
    }
}
