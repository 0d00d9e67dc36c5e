package vn.vusta.platform.reportexports;

import org.junit.jupiter.api.Test;
import vn.vusta.platform.DemoTenants;
import vn.vusta.platform.Pages;
import vn.vusta.platform.PlatformApiTest;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vusta.platform.reportexports.ReportFilesTest.THANH_HOA_H1;

/**
 * The pages offer the PDF/A beside the .docx (issue 19): the union's report, the reviewer's view of it and the
 * national aggregate each have a "Tải PDF/A" link, and the reviewer's downloads are PDFs.
 */
@PlatformApiTest
class PdfDownloadsBrowserTest {

    @Test
    void theReportAndTheAggregateAreOfferedAsPdfA() {
        try (Pages union = Pages.inVietnamese().logIn("thanh-hoa-viewer")) {
            union.goTo("/workspace/reports/" + THANH_HOA_H1);
            assertThat(union.text("download-pdf")).isEqualTo("Tải PDF/A");
            assertThat(union.text("download-document")).isEqualTo("Tải văn bản báo cáo (.docx)");
        }
        try (Pages reviewer = Pages.inVietnamese().logIn("national-reviewer")) {
            reviewer.goTo("/national/reports/" + DemoTenants.THANH_HOA + "/" + THANH_HOA_H1);
            assertThat(reviewer.text("download-pdf")).isEqualTo("Tải PDF/A");
            assertPdf(reviewer.download("download-pdf"), "bao-cao-6-thang-2021-thanh-hoa.pdf");

            reviewer.goTo("/national/reports/aggregate?year=2021");
            assertThat(reviewer.text("aggregate-pdf")).isEqualTo("Tải báo cáo tổng hợp (PDF/A)");
            assertPdf(reviewer.download("aggregate-pdf"), "tong-hop-");
        }
    }

    private static void assertPdf(HttpResponse<byte[]> download, String name) {
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition").orElse("")).contains(name).contains(".pdf");
        assertThat(new String(download.body(), 0, 5)).isEqualTo("%PDF-");
    }
}
