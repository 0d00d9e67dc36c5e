package vn.vusta.platform.documents;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The renderer on its own: without LibreOffice (the container image has none) it says so and refuses without starting
 * anything; two of them on one machine (two applications, or the tests beside a running platform) each start their
 * own office — a port and a profile of their own — and render at the same time; what is no .docx is refused.
 */
class PdfRenderingAvailabilityTest {

    private static final AdministrativeDocument DOCUMENT = new AdministrativeDocument("Liên hiệp các Hội KH&KT Việt Nam",
            "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thanh Hóa", "45/BC-LHH", "Thanh Hóa",
            LocalDate.of(2021, 6, 22), "Báo cáo", "Kết quả hoạt động 6 tháng đầu năm 2021",
            List.of(new DocumentBlock.Paragraph("Liên hiệp hội có 32 hội thành viên.")),
            List.of("- Lưu: VT."), List.of("TM. Ban Thường vụ", "Chủ tịch"), "Nguyễn Văn Phát");

    @Test
    void anOfficeHomeWithoutSofficeIsNoRenderer() {
        var rendering = new LibreOfficePdfRendering("/nonexistent/libreoffice", Duration.ofSeconds(5));
        assertThat(rendering.available()).isFalse();
        assertThatThrownBy(() -> rendering.pdfA(new byte[0])).isInstanceOfSatisfying(PdfRenderingFailure.class,
                failure -> assertThat(failure.reason()).isEqualTo(PdfRenderingFailure.Reason.NOT_INSTALLED));
        rendering.destroy();
    }

    @Test
    void twoRenderersOnOneMachineDoNotClash() throws Exception {
        byte[] docx = new AdministrativeDocuments().write(DOCUMENT);
        var one = new LibreOfficePdfRendering("", Duration.ofSeconds(120));
        var other = new LibreOfficePdfRendering("", Duration.ofSeconds(120));
        try {
            assertThat(one.available()).as("soffice on the PATH (deploy/run-tests installs it)").isTrue();
            var first = CompletableFuture.supplyAsync(() -> one.pdfA(docx));
            var second = CompletableFuture.supplyAsync(() -> other.pdfA(docx));
            for (byte[] pdf : List.of(first.get(), second.get())) {
                try (var document = Loader.loadPDF(pdf)) {
                    assertThat(new PDFTextStripper().getText(document)).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                            "Nguyễn Văn Phát");
                }
            }
            assertThatThrownBy(() -> one.pdfA("no document".getBytes())).isInstanceOfSatisfying(PdfRenderingFailure.class,
                    failure -> assertThat(failure.reason()).isEqualTo(PdfRenderingFailure.Reason.FAILED));
            assertThat(one.pdfA(docx)).as("the office still renders after a refusal").startsWith("%PDF-".getBytes());
        } finally {
            one.destroy();
            other.destroy();
        }
    }
}
