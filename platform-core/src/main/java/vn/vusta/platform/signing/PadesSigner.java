package vn.vusta.platform.signing;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.enumerations.SignerTextHorizontalAlignment;
import eu.europa.esig.dss.enumerations.SignerTextVerticalAlignment;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.FileDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.DSSFileFont;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.SignatureFieldParameters;
import eu.europa.esig.dss.pades.SignatureImageParameters;
import eu.europa.esig.dss.pades.SignatureImageTextParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.spi.DSSUtils;
import eu.europa.esig.dss.alert.SilentOnStatusAlert;
import eu.europa.esig.dss.alert.exception.AlertException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import eu.europa.esig.dss.pdf.PdfSignatureFieldPositionChecker;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxDefaultObjectFactory;
import org.springframework.stereotype.Component;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;

/**
 * PAdES signatures by the European Commission's DSS: baseline B-LT where the certificates' revocation data can be
 * had (online, from the local-development authority or configured CRLs: the CRLs or OCSP answers embedded, so the
 * signature can be verified after the certificate expires), else B-T (a timestamp from the configured authority). The signature shows in the document's signature block
 * ({@link SignaturePlace}) as text in a serif font with Vietnamese letters, embedded, so the PDF stays PDF/A.
 */
@Component
class PadesSigner implements PdfSigner {

    /** Liberation Serif (metric-compatible with Times New Roman) as Debian installs it; Times New Roman first. */
    private static final List<Path> FONTS = Stream.of(
            "/usr/share/fonts/truetype/msttcorefonts/Times_New_Roman.ttf",
            "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
            "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf").map(Path::of).toList();

    private static final Logger log = LoggerFactory.getLogger(PadesSigner.class);

    /** The union's signature overlaps the chairman's by a third, as the seal does on paper: no alert for that. */
    private static final PdfBoxDefaultObjectFactory PDF_OBJECTS = new PdfBoxDefaultObjectFactory();

    static {
        var positions = new PdfSignatureFieldPositionChecker();
        positions.setAlertOnSignatureFieldOverlap(new SilentOnStatusAlert());
        PDF_OBJECTS.setPdfSignatureFieldPositionChecker(positions);
    }

    private final SigningSetup setup;

    PadesSigner(SigningSetup setup) {
        this.setup = setup;
    }

    @Override
    public byte[] sign(byte[] pdf, SigningKey key, SignatureBlock block) {
        if (!setup.revocationData()) {
            return sign(pdf, key, block, SignatureLevel.PAdES_BASELINE_T);
        }
        try {
            return sign(pdf, key, block, SignatureLevel.PAdES_BASELINE_LT);
        } catch (AlertException e) {
            // The certificate's CRL or OCSP responder did not answer: timestamped now, extensible to B-LT later.
            // The certificate's serial number, not its holder's name: logs carry no personal data.
            log.warn("Signed at PAdES B-T, not B-LT: no revocation data for certificate {} ({})",
                    key.certificate().getSerialNumber().toString(16), e.getMessage());
            return sign(pdf, key, block, SignatureLevel.PAdES_BASELINE_T);
        }
    }

    private byte[] sign(byte[] pdf, SigningKey key, SignatureBlock block, SignatureLevel level) {
        var service = new PAdESService(setup.verifier());
        service.setTspSource(setup.timestamps());
        service.setPdfObjFactory(PDF_OBJECTS);
        PAdESSignatureParameters parameters = parameters(pdf, key, block);
        parameters.setSignatureLevel(level);
        DSSDocument document = new InMemoryDocument(pdf);
        ToBeSigned toBeSigned = service.getDataToSign(document, parameters);
        SignatureValue value = key.sign(toBeSigned, parameters.getDigestAlgorithm());
        return DSSUtils.toByteArray(service.signDocument(document, parameters, value));
    }

    private PAdESSignatureParameters parameters(byte[] pdf, SigningKey key, SignatureBlock block) {
        var parameters = new PAdESSignatureParameters();
        parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
        parameters.setSigningCertificate(new CertificateToken(key.certificate()));
        parameters.setCertificateChain(key.chain().stream().map(CertificateToken::new).toList());
        parameters.bLevel().setSigningDate(new Date());
        parameters.setSignerName(key.holder());
        parameters.setAppName("VUSTA platform");
        parameters.setImageParameters(image(pdf, block));
        return parameters;
    }

    private static SignatureImageParameters image(byte[] pdf, SignatureBlock block) {
        SignaturePlace place = SignaturePlace.find(pdf, block);
        var field = new SignatureFieldParameters();
        field.setPage(place.page());
        field.setOriginX(place.x());
        field.setOriginY(place.y());
        field.setWidth(place.width());
        field.setHeight(place.height());
        var text = new SignatureImageTextParameters();
        text.setText(String.join("\n", block.lines()));
        text.setFont(font());
        text.setTextColor(block.role() == SignerRole.ORGANISATION ? new Color(0xb0, 0x10, 0x10) : new Color(0x0b, 0x2e, 0x8a));
        text.setPadding(3);
        text.setSignerTextHorizontalAlignment(SignerTextHorizontalAlignment.LEFT);
        text.setSignerTextVerticalAlignment(SignerTextVerticalAlignment.MIDDLE);
        var image = new SignatureImageParameters();
        image.setFieldParameters(field);
        image.setTextParameters(text);
        return image;
    }

    private static DSSFileFont font() {
        Path file = FONTS.stream().filter(Files::isReadable).findFirst()
                .orElseThrow(() -> new IllegalStateException("No serif font with Vietnamese letters is installed "
                        + "(Debian's fonts-liberation2): the visible signature needs one"));
        var font = new DSSFileFont(new FileDocument(file.toFile()), 9);
        font.setEmbedFontSubset(true);
        return font;
    }
}
