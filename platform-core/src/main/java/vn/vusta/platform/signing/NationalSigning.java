package vn.vusta.platform.signing;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.platform.documents.PdfRendering;
import vn.vusta.platform.documents.PdfRenderingFailure;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.reportexports.NationalDocuments;
import vn.vusta.platform.reportexports.ReportFile;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The national union signs its aggregate report of a period with its own key: the PDF/A of the aggregate (with the
 * table by province as its appendix), signed in its signature block, made when asked — the figures are those of the
 * moment, so each download is signed anew and carries its own time.
 */
@Service
public class NationalSigning {

    private final NationalDocuments documents;
    private final PdfRendering rendering;
    private final PdfSigner signer;
    private final SigningKeys keys;
    private final String signerName;

    NationalSigning(NationalDocuments documents, PdfRendering rendering, PdfSigner signer, SigningKeys keys,
                    @Value("${vusta.national-documents.signer-name:}") String signerName) {
        this.documents = documents;
        this.rendering = rendering;
        this.signer = signer;
        this.keys = keys;
        this.signerName = signerName.strip();
    }

    /** The period's aggregate as a signed PDF/A; refused while the national union has no key or no renderer. */
    @Transactional(readOnly = true)
    public Optional<ArchivedPdf> aggregate(UUID periodId) {
        SigningKey key = keys.national()
                .orElseThrow(() -> RefusedException.conflict("signature", "signing.refusal.no-national-key"));
        return documents.aggregate(periodId).map(docx -> sign(docx, key));
    }

    private ArchivedPdf sign(ReportFile docx, SigningKey key) {
        byte[] pdf;
        try {
            pdf = rendering.pdfA(docx.bytes());
        } catch (PdfRenderingFailure e) {
            throw RefusedException.conflict("signature", e.reason() == PdfRenderingFailure.Reason.NOT_INSTALLED
                    ? "signing.refusal.renderer-missing" : "signing.refusal.rendering-failed")
                    .logged("The aggregate not rendered as PDF/A to be signed: " + e.getMessage());
        }
        byte[] signed = signer.sign(pdf, key, new SignatureBlock(signerName, List.of(
                "Ký bởi: " + key.holder(),
                "Thời gian ký: " + ReportSigning.now()), SignerRole.ORGANISATION));
        return new ArchivedPdf(docx.fileName().replaceFirst("\\.docx$", "") + "-da-ky.pdf", signed);
    }
}
