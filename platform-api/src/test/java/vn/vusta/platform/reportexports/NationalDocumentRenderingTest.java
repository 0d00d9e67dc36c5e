package vn.vusta.platform.reportexports;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import vn.vusta.platform.Api;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.test.KeycloakTokens;
import vn.vusta.platform.reportexports.RenderedPdf.Word;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * The national union's documents printed as its staff print them (issue 18, points 3 and 4): downloaded as PDF/A
 * (rendered by LibreOffice headless, valid PDF/A-2b by veraPDF, issue 19) and read back with PDFBox, word by word with each word's page and position. Every figure of
 * the tables is one word on one line (a figure broken inside its cell, "23.62" over "8", is two words); page 2 on
 * carries its number centred in the top margin, page 1 none; the national issuing body does not leave "NAM" alone.
 */
@PlatformApiTest
class NationalDocumentRenderingTest {

    private static final String H1_2021 = "/api/v1/national/periods/2021/H1";
    private static final Pattern FIGURE = Pattern.compile("-?[0-9][0-9.]*(,[0-9]+)?");
    /** A4 in points, and the top margin (20 mm) the page number stands in; the text's centre (30 mm and 15 mm margins). */
    private static final float TOP_MARGIN = 56.7f;
    private static final float TEXT_CENTRE = (30 + (210 - 15)) / 2f * 72 / 25.4f;
    /** The header's left column (the issuing body): 44 % of the 165 mm of text from the 30 mm margin. */
    private static final float LEFT_COLUMN_END = (30 + 165 * 0.44f) * 72 / 25.4f;

    @Test
    void everyFigureOfTheNationalDocumentsPrintsWholeOnOneLineAndPagesAreNumbered() throws Exception {
        String reviewer = KeycloakTokens.accessToken("national-reviewer");
        for (String document : List.of("/table/document", "/aggregate/document")) {
            byte[] docx = download(reviewer, H1_2021 + document + ".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            byte[] pdfA = download(reviewer, H1_2021 + document + ".pdf", "application/pdf");
            RenderedPdf.assertPdfA2b(pdfA, document + ".pdf");
            Map<String, Integer> figures = figures(docx);
            assertThat(figures).as("the document has figures to check").isNotEmpty();
            try (var pdf = new RenderedPdf(pdfA)) {
                List<Word> words = pdf.words;
                Map<String, Integer> printed = new HashMap<>();
                // PDFBox hands the text over in pieces (a cell's text, a line's words): count the words.
                words.forEach(piece -> java.util.Arrays.stream(piece.text().split("\\s+"))
                        .forEach(word -> printed.merge(word, 1, Integer::sum)));
                for (var figure : figures.entrySet()) {
                    assertThat(printed.getOrDefault(figure.getKey(), 0))
                            .as("%s: %s printed whole on one line as often as the tables hold it (broken figures print "
                                    + "as two words)", document, figure.getKey())
                            .isGreaterThanOrEqualTo(figure.getValue());
                }

                int pages = pdf.pages();
                assertThat(pages).as("%s runs over more than one page", document).isGreaterThan(1);
                assertThat(topMargin(words, 1)).as("no number on page 1").isEmpty();
                for (int page = 2; page <= pages; page++) {
                    List<Word> top = topMargin(words, page);
                    assertThat(top).as("%s, page %d: its number alone in the top margin", document, page)
                            .extracting(Word::text).containsExactly(String.valueOf(page));
                    assertThat(top.getFirst().centre()).as("centred").isCloseTo(TEXT_CENTRE, offset(15f));
                }
                List<Word> issuer = words.stream().filter(word -> word.page() == 1 && word.x() < LEFT_COLUMN_END
                        && word.y() < 150).toList();
                assertThat(issuer).as("the issuing body: \"VIỆT NAM\" on one line, \"NAM\" never alone")
                        .extracting(Word::text).anyMatch(text -> text.endsWith("VIỆT NAM")).noneMatch(text -> text.equals("NAM"));
            }
        }
    }

    private static byte[] download(String token, String path, String contentType) {
        var download = Api.download(path, token);
        assertThat(download.status()).as(path).isEqualTo(200);
        assertThat(download.contentType()).as(path).isEqualTo(contentType);
        return download.body();
    }

    /** Every figure in the document's tables (what POI reads from the cells), with how many cells hold it. */
    private static Map<String, Integer> figures(byte[] docx) throws IOException {
        var figures = new HashMap<String, Integer>();
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx))) {
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
        }
        return figures;
    }

    private static List<Word> topMargin(List<Word> words, int page) {
        return words.stream().filter(word -> word.page() == page && word.y() < TOP_MARGIN).toList();
    }
}
