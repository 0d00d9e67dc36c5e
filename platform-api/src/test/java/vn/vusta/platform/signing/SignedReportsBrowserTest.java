package vn.vusta.platform.signing;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;
import vn.vusta.platform.Api;
import vn.vusta.platform.DemoTenants;
import vn.vusta.platform.Pages;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.test.KeycloakTokens;

import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19's walk: Thanh Hóa's chairman approves the report of the third quarter of 2023 on his phone and it is
 * signed; the union sends it; the national reviewer, on a laptop, reads "Chữ ký hợp lệ — Nguyễn Văn Phát, <time>"
 * beside the PDF that was sent and downloads it.
 */
@PlatformApiTest
class SignedReportsBrowserTest {

    private static final String VALID_BY_THE_CHAIRMAN = "Chữ ký hợp lệ — Nguyễn Văn Phát, \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d";

    @Test
    void theChairmanApprovesAndSignsAndTheReviewerSeesTheValidSignatureAndDownloadsThePdf() throws Exception {
        String editor = KeycloakTokens.accessToken("thanh-hoa-editor");
        String admin = KeycloakTokens.accessToken("thanh-hoa-admin");
        String id = Api.call("POST", "/api/v1/reports", editor, "{\"periodId\": \"" + period(editor) + "\"}", "vi").json()
                .path("id").asString();
        for (String section : List.of("ORGANISATION", "DIFFICULTIES", "NEXT_TASKS")) {
            Api.call("PUT", "/api/v1/reports/" + id + "/sections/" + section, editor,
                    "{\"html\": \"<p>Quý III năm 2023: " + section + "</p>\"}", "vi");
        }
        assertThat(Api.call("POST", "/api/v1/reports/" + id + "/submission", admin, null, "vi").status()).isEqualTo(200);

        try (Pages chair = Pages.inVietnamese().logIn("thanh-hoa-approver")) {
            chair.browser().manage().window().setSize(new Dimension(390, 844));
            chair.goTo("/workspace/reports/" + id);
            assertThat(chair.text("signed-documents-none")).isEqualTo("Chưa có bản PDF nào của báo cáo được ký hoặc gửi.");
            chair.confirm("approve-as-chair", true);
            assertThat(chair.text("notice")).isEqualTo("Đã phê duyệt báo cáo.");
            assertThat(chair.text("signed-document-1")).contains("Phiên bản 1 — Bản Chủ tịch ký duyệt");
            assertThat(chair.text("signature-1-1")).matches("✔ " + VALID_BY_THE_CHAIRMAN);
        }

        try (Pages secretariat = Pages.inVietnamese().logIn("thanh-hoa-admin")) {
            secretariat.browser().manage().window().setSize(new Dimension(1366, 768));
            secretariat.goTo("/workspace/reports/" + id);
            secretariat.pressAndWait("send-report");
            secretariat.confirm("confirm-send", true);
            assertThat(secretariat.text("report-status")).isEqualTo("Đã gửi Liên hiệp Hội Việt Nam");
            assertThat(secretariat.text("signed-document-2")).contains("Phiên bản 2 — Bản đã gửi Liên hiệp hội Việt Nam");
        }

        try (Pages reviewer = Pages.inVietnamese().logIn("national-reviewer")) {
            reviewer.browser().manage().window().setSize(new Dimension(1366, 768));
            reviewer.goTo("/national/reports/" + DemoTenants.THANH_HOA + "/" + id);
            reviewer.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("signed-documents")));
            assertThat(reviewer.text("signature-2-1")).matches("✔ " + VALID_BY_THE_CHAIRMAN);
            assertThat(reviewer.text("signature-2-2")).matches("✔ Chữ ký hợp lệ — " + DemoTenants.THANH_HOA_NAME
                    + ", \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d");
            HttpResponse<byte[]> pdf = reviewer.download("download-signed-2");
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
            try (PDDocument document = Loader.loadPDF(pdf.body())) {
                assertThat(document.getSignatureDictionaries()).as("the chairman's and the union's").hasSize(2);
            }
            String hash = reviewer.browser().findElement(By.cssSelector("#signed-document-2 .signed-document-hash")).getText();
            assertThat(hash).hasSize(64).isEqualTo(HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(pdf.body())));
        }
    }

    private static String period(String token) {
        for (JsonNode p : Api.get("/api/v1/reports?year=2023", token).json()) {
            if (p.path("period").path("kind").asString().equals("Q3")) {
                return p.path("period").path("id").asString();
            }
        }
        throw new AssertionError("no third quarter in 2023");
    }
}
