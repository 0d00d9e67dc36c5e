package vn.vusta.platform.signing;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PAdES signatures made with a PKCS#12 key file issued by a CA made here, verified by DSS against a trust list that
 * holds that CA: valid, in the space above the signer's name, two in a row both valid; a PDF changed after signing
 * is invalid; a signature by a CA outside the trust list is not valid.
 */
class PadesSigningTest {

    static SigningKit kit;

    @BeforeAll
    static void trustTheTestCa(@TempDir Path folder) {
        kit = new SigningKit(folder, "Test CA — issue 19");
    }

    @Test
    void aKeyFileSignsAndTheSignatureIsValidInTheSignatureBlock() throws Exception {
        byte[] signed = kit.sign(SigningKit.pdf(), kit.keyFile(SigningKit.CHAIRMAN), SignerRole.APPROVER);

        assertThat(kit.verify(signed).signatures()).singleElement().satisfies(check -> {
            assertThat(check.signer()).isEqualTo(SigningKit.CHAIRMAN);
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
            assertThat(box.getLowerLeftY()).as("above the name (y %s)", SigningKit.NAME_Y).isGreaterThan(SigningKit.NAME_Y);
            assertThat(box.getUpperRightY()).as("below the title").isLessThan(SigningKit.TITLE_Y + 12);
        }
    }

    @Test
    void theUnionSignsOverTheChairmanAndBothAreValid() {
        String union = "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thanh Hóa";
        byte[] once = kit.sign(SigningKit.pdf(), kit.keyFile(SigningKit.CHAIRMAN), SignerRole.APPROVER);
        byte[] twice = kit.sign(once, kit.keyFile(union), SignerRole.ORGANISATION);

        Verdict verdict = kit.verify(twice);
        assertThat(verdict.signatures()).extracting(SignatureCheck::signer).containsExactly(SigningKit.CHAIRMAN, union);
        assertThat(verdict.valid()).isTrue();
    }

    @Test
    void aPdfChangedAfterSigningIsInvalid() {
        byte[] tampered = kit.sign(SigningKit.pdf(), kit.keyFile(SigningKit.CHAIRMAN), SignerRole.APPROVER);
        int at = new String(tampered, StandardCharsets.ISO_8859_1).indexOf("Producer");
        assertThat(at).isPositive();
        tampered[at + 10] = (byte) (tampered[at + 10] == 'X' ? 'Y' : 'X');

        assertThat(kit.verify(tampered).signatures()).singleElement().satisfies(check -> {
            assertThat(check.indication()).isEqualTo(Indication.INVALID);
            assertThat(check.reasonKey()).isEqualTo("signing.verdict.tampered");
        });
    }

    @Test
    void aSignatureByACaOutsideTheTrustListIsNotValid(@TempDir Path folder) {
        // Signed where that CA is trusted, verified here.
        SigningKit elsewhere = new SigningKit(folder, "Someone else's CA");
        byte[] signed = elsewhere.sign(SigningKit.pdf(), elsewhere.keyFile("Kẻ lạ"), SignerRole.APPROVER);

        assertThat(kit.verify(signed).signatures()).singleElement().satisfies(check -> {
            assertThat(check.indication()).isEqualTo(Indication.INDETERMINATE);
            assertThat(check.reasonKey()).isEqualTo("signing.verdict.untrusted");
        });
        assertThat(kit.verify(SigningKit.pdf()).signed()).as("unsigned").isFalse();
    }
}
