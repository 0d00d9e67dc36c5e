package vn.vusta.platform.signing;

import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A CA made in the test, the keys it issues, signing and verifying that trust it (its certificate the trust anchor,
 * its revocation list a file), and a two-page PDF that ends with a signature block.
 */
final class SigningKit {

    static final String CHAIRMAN = "Nguyễn Văn Phát";
    static final char[] PASSWORD = "test-only".toCharArray();
    static final float TITLE_Y = 300;
    static final float NAME_Y = 220;

    final CertificateAuthority ca;
    final SigningSetup setup;
    private final Path folder;

    SigningKit(Path folder, String caName) {
        this.folder = folder;
        this.ca = CertificateAuthority.create(caName, Duration.ofDays(30));
        try {
            Path anchor = Files.createTempFile(folder, "ca", ".cer");
            Files.write(anchor, ca.certificate().getEncoded());
            Path crl = Files.createTempFile(folder, "ca", ".crl");
            Files.write(crl, ca.crl(Duration.ofDays(30)));
            this.setup = new SigningSetup(new SigningProperties(List.of(anchor.toString()), List.of(crl.toString()), null,
                    false, new SigningProperties.LocalDevelopment(true, Files.createTempDirectory(folder, "local").toString(),
                    Map.of()), Map.of(), null), "");
        } catch (IOException | java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    CertificateAuthority.Issued issue(String holder) {
        return ca.issueSigner(holder, Duration.ofDays(10));
    }

    /** A PKCS#12 key file of a key the CA issues. */
    SigningKey keyFile(String holder) {
        try {
            Path file = Files.createTempFile(folder, "key", ".p12");
            Files.write(file, issue(holder).pkcs12("key", PASSWORD));
            return KeyStoreKey.keyFile(file, PASSWORD, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] sign(byte[] pdf, SigningKey key, SignerRole role) {
        return new PadesSigner(setup).sign(pdf, key, new SignatureBlock(CHAIRMAN,
                List.of("Người ký: " + key.holder(), "Thời gian ký: 10:00:00 06/12/2026 +07:00"), role));
    }

    Verdict verify(byte[] pdf) {
        return new DssSignatureVerifier(setup).verify(pdf);
    }

    /** Two A4 pages; the second ends with the signature block: "CHỦ TỊCH", room to sign, the name. Uncompressed, so
     * that a test can change a word of it after signing. */
    static byte[] pdf() {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var font = PDType0Font.load(document, new File("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"));
            for (int page = 0; page < 2; page++) {
                var p = new PDPage(PDRectangle.A4);
                document.addPage(p);
                try (var content = new PDPageContentStream(document, p)) {
                    text(content, font, 330, 760, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
                    if (page == 1) {
                        text(content, font, 380, TITLE_Y, "CHỦ TỊCH");
                        text(content, font, 365, NAME_Y, CHAIRMAN);
                    }
                }
            }
            document.getDocumentInformation().setProducer("LibreOffice test");
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(PDPageContentStream content, PDType0Font font, float x, float y, String text) throws IOException {
        content.beginText();
        content.setFont(font, 13);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }
}
