package vn.vusta.platform.reportexports;

import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import vn.vusta.platform.Api;
import vn.vusta.platform.DemoTenants;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.test.KeycloakTokens;
import vn.vusta.platform.reportexports.RenderedPdf.Word;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static vn.vusta.platform.reportexports.ReportFilesTest.HAI_PHONG_H1;
import static vn.vusta.platform.reportexports.ReportFilesTest.THANH_HOA_H1;

/**
 * A union's report as PDF/A-2b (issue 19): Thanh Hóa's report for the first half of 2021 downloaded as .pdf, valid by
 * veraPDF, every font embedded and named in the document's properties, and printed as the decree lays it out — the
 * pages rendered to images (100 dpi) show the national header at the top of page 1, the page numbers from page 2
 * centred at the top, the signature block at the end of the last page, and no figure split over two lines.
 */
@PlatformApiTest
class ReportPdfTest {

    private static final Pattern FIGURE = Pattern.compile("-?[0-9][0-9.]*(,[0-9]+)?");
    private static final float TOP_MARGIN = 56.7f;
    private static final float PAGE_WIDTH = 210 * 72 / 25.4f;
    private static final float TEXT_CENTRE = (30 + (210 - 15)) / 2f * 72 / 25.4f;
    private static final String LIBERATION = "Phông chữ: Liberation Serif (thay cho Times New Roman, cùng số đo)";
    private static final String TIMES = "Phông chữ: Times New Roman";

    @Test
    void theReportIsAValidPdfA2bWithItsFontsEmbeddedAndNamed() throws Exception {
        var download = Api.download("/api/v1/reports/" + THANH_HOA_H1 + "/document.pdf", KeycloakTokens.accessToken("thanh-hoa-viewer"));
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).isEqualTo("application/pdf");
        assertThat(download.disposition()).startsWith("attachment").contains("bao-cao-6-thang-2021-thanh-hoa.pdf");
        RenderedPdf.assertPdfA2b(download.body(), "the report's PDF");

        try (var pdf = new RenderedPdf(download.body())) {
            assertThat(pdf.fonts(false)).as("no font left out of the PDF").isEmpty();
            List<String> embedded = new ArrayList<>(pdf.fonts(true));
            assertThat(embedded).as("the fonts the PDF carries").isNotEmpty();
            boolean times = embedded.stream().anyMatch(name -> name.contains("TimesNewRoman"));
            String said = times ? TIMES : LIBERATION;
            assertThat(embedded).as("the text's font is the one the properties name")
                    .anyMatch(name -> name.contains(times ? "TimesNewRoman" : "LiberationSerif"));
            PDDocumentInformation info = pdf.pdf.getDocumentInformation();
            assertThat(info.getSubject()).as("the PDF's subject names the font").isEqualTo(said);
            String xmp = new String(pdf.pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).as("its XMP says the same (PDF/A: Info and XMP agree)").contains(said);
        }
    }

    @Test
    void thePagesShowTheNationalHeaderThePageNumbersAndTheSignatureBlockAndNoFigureIsSplit() throws Exception {
        String token = KeycloakTokens.accessToken("thanh-hoa-viewer");
        byte[] docx = Api.download("/api/v1/reports/" + THANH_HOA_H1 + "/document.docx", token).body();
        byte[] bytes = Api.download("/api/v1/reports/" + THANH_HOA_H1 + "/document.pdf", token).body();
        try (var pdf = new RenderedPdf(bytes)) {
            BufferedImage first = pdf.image(1);
            Word motto = pdf.words.stream().filter(word -> word.page() == 1 && word.text().contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
                    .findFirst().orElseThrow(() -> new AssertionError("no national header on page 1: " + pdf.words.stream()
                            .filter(w -> w.page() == 1).limit(10).toList()));
            assertThat(motto.y()).as("the national header at the top of page 1").isLessThan(120);
            assertThat(motto.x()).as("in the right column").isGreaterThan(PAGE_WIDTH / 2 - 40);
            assertThat(RenderedPdf.darkPixels(first, motto)).as("the header is printed there, ink on the image").isGreaterThan(200);
            assertThat(RenderedPdf.darkPixels(first, 0, 0, PAGE_WIDTH, TOP_MARGIN - 5)).as("page 1 has no number above its text").isZero();

            int pages = pdf.pages();
            assertThat(pages).as("the report runs over more than one page").isGreaterThan(1);
            for (int page = 2; page <= pages; page++) {
                int p = page;
                List<Word> top = pdf.words.stream().filter(word -> word.page() == p && word.y() < TOP_MARGIN).toList();
                assertThat(top).as("page %d: its number alone in the top margin", page).extracting(Word::text)
                        .containsExactly(String.valueOf(page));
                assertThat(top.getFirst().centre()).as("centred").isCloseTo(TEXT_CENTRE, offset(15f));
                assertThat(RenderedPdf.darkPixels(pdf.image(page), top.getFirst())).as("page %d's number printed", page)
                        .isGreaterThan(10);
            }

            List<Word> last = pdf.words.stream().filter(word -> word.page() == pages).toList();
            Word onBehalf = find(last, "TM. BAN THƯỜNG VỤ");
            Word chairman = find(last, "CHỦ TỊCH");
            Word signer = find(last, "Nguyễn Văn Phát");
            assertThat(List.of(onBehalf, chairman, signer)).as("the signature block in the right column")
                    .allMatch(word -> word.x() > PAGE_WIDTH / 2 - 40);
            assertThat(chairman.y()).as("the title under \"TM. BAN THƯỜNG VỤ\"").isGreaterThan(onBehalf.y());
            assertThat(signer.y() - chairman.y()).as("room for the signature between the title and the name")
                    .isGreaterThan(40);
            assertThat(last).as("the name ends the document's text").allMatch(word -> word.y() <= signer.y() + 1
                    || word.x() < PAGE_WIDTH / 2);
            BufferedImage lastImage = pdf.image(pages);
            for (Word word : List.of(onBehalf, chairman, signer)) {
                assertThat(RenderedPdf.darkPixels(lastImage, word)).as("\"%s\" printed there", word.text()).isGreaterThan(50);
            }

            var printed = new java.util.HashMap<String, Integer>();
            pdf.words.forEach(piece -> Arrays.stream(piece.text().split("\\s+")).forEach(w -> printed.merge(w, 1, Integer::sum)));
            try (var document = new XWPFDocument(new ByteArrayInputStream(docx))) {
                var figures = new java.util.HashMap<String, Integer>();
                for (XWPFTable table : document.getTables()) {
                    for (XWPFTableRow row : table.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            String text = cell.getText().strip();
                            if (FIGURE.matcher(text).matches()) {
                                figures.merge(text, 1, Integer::sum);
                            }
                        }
                    }
                }
                assertThat(figures).as("the report has figures in its tables").isNotEmpty();
                figures.forEach((figure, cells) -> assertThat(printed.getOrDefault(figure, 0))
                        .as("%s printed whole on one line", figure).isGreaterThanOrEqualTo(cells));
            }
        }
    }

    @Test
    void aReportOfAnotherUnionIsNotFoundAsPdfEither() {
        assertThat(Api.download("/api/v1/reports/" + HAI_PHONG_H1 + "/document.pdf", KeycloakTokens.accessToken("thanh-hoa-admin"))
                .status()).isEqualTo(404);
        assertThat(Api.download("/api/v1/national/reports/" + DemoTenants.THANH_HOA + "/" + HAI_PHONG_H1 + "/document.pdf",
                KeycloakTokens.accessToken("national-reviewer")).status()).isEqualTo(404);
    }

    private static Word find(List<Word> words, String text) {
        return words.stream().filter(word -> word.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("\"" + text + "\" not on the last page: " + words.stream().map(Word::text).toList()));
    }
}
