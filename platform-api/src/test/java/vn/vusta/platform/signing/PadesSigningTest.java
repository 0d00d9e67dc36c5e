package vn.vusta.platform.signing;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PAdES signatures made with a PKCS#12 key file issued by a CA made here, verified by DSS against a trust list that
 * holds that CA: valid, on the page of the signature block, two in a row both valid; a PDF changed after signing is
 * invalid; a signature by a CA outside the trust list is not valid.
 */
class PadesSigningTest {

    static final char[] PASSWORD = "test-only".toCharArray();

    static CertificateAuthority testCa;
    static SigningSetup setup;

    @BeforeAll
    static void trustTheTestCa(@TempDir Path folder) throws Exception {
        testCa = CertificateAuthority.create("Test CA — issue 19", Duration.ofDays(30));
        Path anchor = folder.resolve("test-ca.pem");
        Files.writeString(anchor, "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(testCa.certificate().getEncoded())
                + "\n-----END CERTIFICATE-----\n");
        Path crl = folder.resolve("test-ca.crl");
        Files.write(crl, testCa.crl(Duration.ofDays(30)));
        setup = setup(List.of(anchor.toString()), List.of(crl.toString()), folder.resolve("local"));
    }

    static SigningSetup setup(List<String> anchors, List<String> crls, Path localFolder) {
        return new SigningSetup(new SigningProperties(anchors, crls, null, false,
                new SigningProperties.LocalDevelopment(true, localFolder.toString(), Map.of()), Map.of(), null), "");
    }

    @Test
    void aKeyFileSignsAndTheSignatureIsValidInTheSignatureBlock(@TempDir Path folder) throws Exception {
        SigningKey chairman = keyFile(folder, testCa.issueSigner("Nguyễn Văn Phát", Duration.ofDays(10)));
        byte[] signed = new PadesSigner(setup).sign(pdf(), chairman, new SignatureBlock("Nguyễn Văn Phát",
                List.of("Người ký: Nguyễn Văn Phát", "Thời gian ký: 10:00:00 06/12/2026 +07:00"), SignerRole.APPROVER));

        Verdict verdict = new DssSignatureVerifier(setup).verify(signed);
        assertThat(verdict.signatures()).singleElement().satisfies(check -> {
            assertThat(check.signer()).isEqualTo("Nguyễn Văn Phát");
            assertThat(check.indication()).isEqualTo(Indication.VALID);
            assertThat(check.reasonKey()).isEqualTo("signing.verdict.valid");
            assertThat(check.signedAt()).isNotNull();
        });
        try (PDDocument document = Loader.loadPDF(signed)) {
            PDSignature signature = document.getLastSignatureDictionary();
            assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            var widget = document.getSignatureFields().getFirst().getWidgets().getFirst();
            assertThat(document.getPages().indexOf(widget.getPage())).as("on the page of the block").isEqualTo(1);
            PDRectangle box = widget.getRectangle();
            assertThat(box.getLowerLeftY()).as("above the name (y %s)", NAME_Y).isGreaterThan(NAME_Y);
            assertThat(box.getUpperRightY()).as("below the title").isLessThan(TITLE_Y + 12);
        }
    }

    @Test
    void theUnionSignsOverTheChairmanAndBothAreValid(@TempDir Path folder) throws Exception {
        SigningKey chairman = keyFile(folder, testCa.issueSigner("Nguyễn Văn Phát", Duration.ofDays(10)));
        SigningKey union = keyFile(folder, testCa.issueSigner("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thanh Hóa", Duration.ofDays(10)));
        var signer = new PadesSigner(setup);
        byte[] once = signer.sign(pdf(), chairman, new SignatureBlock("Nguyễn Văn Phát", List.of("Người ký"), SignerRole.APPROVER));
        byte[] twice = signer.sign(once, union, new SignatureBlock("Nguyễn Văn Phát", List.of("Ký bởi"), SignerRole.ORGANISATION));

        Verdict verdict = new DssSignatureVerifier(setup).verify(twice);
        assertThat(verdict.signatures()).extracting(SignatureCheck::signer)
                .containsExactly("Nguyễn Văn Phát", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thanh Hóa");
        assertThat(verdict.valid()).isTrue();
    }

    @Test
    void aPdfChangedAfterSigningIsInvalid(@TempDir Path folder) throws Exception {
        SigningKey chairman = keyFile(folder, testCa.issueSigner("Nguyễn Văn Phát", Duration.ofDays(10)));
        byte[] signed = new PadesSigner(setup).sign(pdf(), chairman, new SignatureBlock("Nguyễn Văn Phát", List.of("x"), SignerRole.APPROVER));
        byte[] tampered = signed.clone();
        int at = new String(tampered, StandardCharsets.ISO_8859_1).indexOf("Producer");
        assertThat(at).isPositive();
        tampered[at + 10] = (byte) (tampered[at + 10] == 'X' ? 'Y' : 'X');

        Verdict verdict = new DssSignatureVerifier(setup).verify(tampered);
        assertThat(verdict.signatures()).singleElement().satisfies(check -> {
            assertThat(check.indication()).isEqualTo(Indication.INVALID);
            assertThat(check.reasonKey()).isEqualTo("signing.verdict.tampered");
        });
    }

    @Test
    void aSignatureByACaOutsideTheTrustListIsNotValid(@TempDir Path folder) throws Exception {
        // Signed where that CA is trusted, verified here.
        CertificateAuthority stranger = CertificateAuthority.create("Someone else's CA", Duration.ofDays(30));
        Path anchor = folder.resolve("stranger.cer");
        Files.write(anchor, stranger.certificate().getEncoded());
        Path crl = folder.resolve("stranger.crl");
        Files.write(crl, stranger.crl(Duration.ofDays(30)));
        SigningSetup elsewhere = setup(List.of(anchor.toString()), List.of(crl.toString()), folder.resolve("elsewhere"));
        SigningKey key = keyFile(folder, stranger.issueSigner("Kẻ lạ", Duration.ofDays(10)));
        byte[] signed = new PadesSigner(elsewhere).sign(pdf(), key, new SignatureBlock("Nguyễn Văn Phát", List.of("x"), SignerRole.APPROVER));

        Verdict verdict = new DssSignatureVerifier(setup).verify(signed);
        assertThat(verdict.signatures()).singleElement().satisfies(check -> {
            assertThat(check.indication()).isEqualTo(Indication.INDETERMINATE);
            assertThat(check.reasonKey()).isEqualTo("signing.verdict.untrusted");
        });
        assertThat(new DssSignatureVerifier(setup).verify(pdf()).signed()).as("unsigned").isFalse();
    }

    static SigningKey keyFile(Path folder, CertificateAuthority.Issued issued) throws Exception {
        Path file = Files.createTempFile(folder, "key", ".p12");
        Files.write(file, issued.pkcs12("key", PASSWORD));
        return KeyStoreKey.keyFile(file, PASSWORD, null);
    }

    static final float TITLE_Y = 300;
    static final float NAME_Y = 220;

    /** Two A4 pages; the second ends with the signature block: "CHỦ TỊCH", room to sign, the name. */
    static byte[] pdf() throws Exception {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var font = PDType0Font.load(document, new File("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"));
            for (int page = 0; page < 2; page++) {
                var p = new PDPage(PDRectangle.A4);
                document.addPage(p);
                try (var content = new PDPageContentStream(document, p)) {
                    content.beginText();
                    content.setFont(font, 13);
                    content.newLineAtOffset(330, 760);
                    content.showText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
                    content.endText();
                    if (page == 1) {
                        text(content, font, 380, TITLE_Y, "CHỦ TỊCH");
                        text(content, font, 365, NAME_Y, "Nguyễn Văn Phát");
                    }
                }
            }
            document.getDocumentInformation().setProducer("LibreOffice test");
            // Uncompressed, so that the test can change a word of it after signing.
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        }
    }

    private static void text(PDPageContentStream content, PDType0Font font, float x, float y, String text) throws Exception {
        content.beginText();
        content.setFont(font, 13);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }
}
