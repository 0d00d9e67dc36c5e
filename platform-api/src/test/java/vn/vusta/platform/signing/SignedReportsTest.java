package vn.vusta.platform.signing;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.vusta.platform.Api;
import vn.vusta.platform.DemoTenants;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.test.KeycloakTokens;
import vn.vusta.platform.reportexports.RenderedPdf;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thanh Hóa's report of the first quarter of 2023 through the API (issue 19): the chairman approving it signs it, the
 * union sending it adds its own signature, both verified against the trust list (the local-development CA); the
 * national union downloads exactly what was sent, a PDF/A-2b with both signatures; the report signed cannot be
 * changed; a copy altered after signing is told invalid, a file that is no PDF refused.
 */
@PlatformApiTest
class SignedReportsTest {

    @Test
    void theChairmanSignsWhenApprovingTheUnionSignsWhenSendingAndTheNationalUnionDownloadsWhatWasSent() throws Exception {
        String editor = KeycloakTokens.accessToken("thanh-hoa-editor");
        String admin = KeycloakTokens.accessToken("thanh-hoa-admin");
        String chair = KeycloakTokens.accessToken("thanh-hoa-approver");
        String reviewer = KeycloakTokens.accessToken("national-reviewer");
        String id = post("/api/v1/reports", editor, "{\"periodId\": \"" + period(editor, 2023, "Q1") + "\"}").json()
                .path("id").asString();
        String step = "/api/v1/reports/" + id;
        for (String section : List.of("ORGANISATION", "DIFFICULTIES", "NEXT_TASKS")) {
            assertThat(call("PUT", step + "/sections/" + section, editor,
                    "{\"html\": \"<p>Nội dung quý I năm 2023: " + section + "</p>\"}").status()).isEqualTo(200);
        }
        assertThat(post(step + "/submission", admin, null).status()).isEqualTo(200);
        assertThat(Api.get(step + "/signed-documents", admin).json()).as("nothing signed before the approval").isEmpty();

        assertThat(post(step + "/chair-approval", chair, "{\"comment\": \"Đồng ý\"}").status()).isEqualTo(200);
        JsonNode approved = Api.get(step + "/signed-documents", admin).json();
        assertThat(approved).hasSize(1);
        assertThat(approved.get(0).path("kind").asString()).isEqualTo("APPROVED");
        assertThat(approved.get(0).path("valid").asBoolean()).isTrue();
        assertThat(approved.get(0).path("signatures").get(0).path("signer").asString()).isEqualTo("Nguyễn Văn Phát");
        assertThat(approved.get(0).path("signatures").get(0).path("verdict").asString()).isEqualTo("Chữ ký hợp lệ");

        // Signed: the figures and the text stay as signed (a change would need the report back to draft, a new version).
        var changed = call("PUT", step + "/values/TV03", editor, "{\"value\": 4}");
        assertThat(changed.status()).isEqualTo(409);

        assertThat(post(step + "/sending", admin, null).status()).isEqualTo(200);
        String national = "/api/v1/national/reports/" + DemoTenants.THANH_HOA + "/" + id + "/signed-documents";
        JsonNode archive = Api.get(national, reviewer).json();
        assertThat(archive).hasSize(2);
        JsonNode sent = archive.get(1);
        assertThat(sent.path("kind").asString()).isEqualTo("SENT");
        assertThat(sent.path("valid").asBoolean()).as(sent.toString()).isTrue();
        assertThat(sent.path("signatures")).hasSize(2);
        assertThat(sent.path("signatures").get(0).path("signer").asString()).isEqualTo("Nguyễn Văn Phát");
        assertThat(sent.path("signatures").get(1).path("signer").asString()).isEqualTo(DemoTenants.THANH_HOA_NAME);

        var pdf = Api.download(sent.path("href").asString(), reviewer);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf.body())))
                .as("exactly what was sent").isEqualTo(sent.path("sha256").asString());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(document.getSignatureDictionaries()).hasSize(2)
                    .allSatisfy(s -> assertThat(s.getSubFilter()).isEqualTo("ETSI.CAdES.detached"));
            // Rendered, each signature shows where its widget is: in the signature block of the last page.
            var renderer = new PDFRenderer(document);
            for (var field : document.getSignatureFields()) {
                var widget = field.getWidgets().getFirst();
                int page = document.getPages().indexOf(widget.getPage());
                assertThat(page).as("the signature block's page").isEqualTo(document.getNumberOfPages() - 1);
                BufferedImage image = renderer.renderImageWithDPI(page, 72);
                PDRectangle box = widget.getRectangle();
                int ink = 0;
                for (int x = (int) box.getLowerLeftX(); x < (int) box.getUpperRightX(); x++) {
                    for (int y = (int) (image.getHeight() - box.getUpperRightY()); y < (int) (image.getHeight() - box.getLowerLeftY()); y++) {
                        int rgb = image.getRGB(x, y);
                        if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 3 * 160) {
                            ink++;
                        }
                    }
                }
                assertThat(ink).as("the signature %s is drawn", field.getPartialName()).isGreaterThan(100);
            }
            assertThat(new PDFTextStripper().getText(document)).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CHỦ TỊCH");
        }
        RenderedPdf.assertPdfA2b(pdf.body(), "the report sent");
        assertThat(Api.download("/api/v1/signed-documents/" + sent.path("id").asString() + "/document.pdf", admin).body())
                .as("the union downloads the same").isEqualTo(pdf.body());
        assertThat(Api.get("/api/v1/reports/" + id + "/signed-documents", KeycloakTokens.accessToken("hai-phong-admin"))
                .status()).as("another union's report is not found").isEqualTo(404);

        // A copy altered after signing (one letter of its producer changed) is kept, and told invalid.
        byte[] tampered = pdf.body().clone();
        int at = indexOf(tampered, "LibreOffice".getBytes(StandardCharsets.US_ASCII));
        assertThat(at).isPositive();
        tampered[at] = 'l';
        var uploaded = Api.upload(step + "/signed-documents", admin, "ban-da-sua.pdf", tampered);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        assertThat(uploaded.json().path("kind").asString()).isEqualTo("UPLOADED");
        assertThat(uploaded.json().path("valid").asBoolean()).isFalse();
        assertThat(uploaded.json().path("signatures").get(0).path("indication").asString()).isEqualTo("INVALID");
        assertThat(uploaded.json().path("signatures").get(0).path("verdict").asString()).isNotEqualTo("Chữ ký hợp lệ");

        var notPdf = Api.upload(step + "/signed-documents", admin, "bao-cao.docx", "PK not a pdf".getBytes(StandardCharsets.UTF_8));
        assertThat(notPdf.status()).isEqualTo(422);
        assertThat(notPdf.json().path("errors").get(0).path("field").asString()).isEqualTo("file");
        assertThat(notPdf.json().path("errors").get(0).path("message").asString())
                .isEqualTo("Tệp không phải là PDF: chỉ lưu bản báo cáo ở dạng PDF.");
        assertThat(Api.upload(step + "/signed-documents", editor, "x.pdf", tampered).status())
                .as("the union's administrators keep copies").isEqualTo(403);
        assertThat(Api.get(national, reviewer).json()).hasSize(3);
    }

    @Test
    void theNationalUnionSignsItsAggregate() throws Exception {
        String reviewer = KeycloakTokens.accessToken("national-reviewer");
        var signed = Api.download("/api/v1/national/periods/2021/H1/aggregate/signed.pdf", reviewer);
        assertThat(signed.status()).isEqualTo(200);
        assertThat(signed.disposition()).contains("-da-ky.pdf");
        try (PDDocument document = Loader.loadPDF(signed.body())) {
            assertThat(document.getSignatureDictionaries()).hasSize(1)
                    .allSatisfy(s -> assertThat(s.getSubFilter()).isEqualTo("ETSI.CAdES.detached"));
        }
        RenderedPdf.assertPdfA2b(signed.body(), "the signed aggregate");
        assertThat(Api.download("/api/v1/national/periods/2021/H1/aggregate/signed.pdf",
                KeycloakTokens.accessToken("thanh-hoa-admin")).status()).as("the national union's").isEqualTo(403);
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i <= bytes.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String period(String token, int year, String kind) {
        for (JsonNode p : Api.get("/api/v1/reports?year=" + year, token).json()) {
            if (p.path("period").path("kind").asString().equals(kind)) {
                return p.path("period").path("id").asString();
            }
        }
        throw new AssertionError("no period " + kind + " " + year);
    }

    private static Api.Response post(String path, String token, String json) {
        return call("POST", path, token, json);
    }

    private static Api.Response call(String method, String path, String token, String json) {
        return Api.call(method, path, token, json, "vi");
    }
}
