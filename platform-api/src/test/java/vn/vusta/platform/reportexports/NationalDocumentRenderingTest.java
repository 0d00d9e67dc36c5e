package vn.vusta.platform.reportexports;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vusta.platform.Api;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.test.KeycloakTokens;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * The national union's documents printed as its staff print them (issue 18, points 3 and 4): rendered to PDF by
 * LibreOffice headless and read back with PDFBox, word by word with each word's page and position. Every figure of
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

    @TempDir
    Path directory;

    @Test
    void everyFigureOfTheNationalDocumentsPrintsWholeOnOneLineAndPagesAreNumbered() throws Exception {
        String reviewer = KeycloakTokens.accessToken("national-reviewer");
        Path table = save(reviewer, H1_2021 + "/table/document.docx", "bang-chi-tieu.docx");
        Path aggregate = save(reviewer, H1_2021 + "/aggregate/document.docx", "tong-hop.docx");
        List<Path> pdfs = LibreOffice.toPdf(directory, table, aggregate);

        for (int i = 0; i < pdfs.size(); i++) {
            Path docx = i == 0 ? table : aggregate;
            Map<String, Integer> figures = figures(docx);
            assertThat(figures).as("the document has figures to check").isNotEmpty();
            try (PDDocument pdf = Loader.loadPDF(pdfs.get(i).toFile())) {
                List<Word> words = words(pdf);
                Map<String, Integer> printed = new HashMap<>();
                // PDFBox hands the text over in pieces (a cell's text, a line's words): count the words.
                words.forEach(piece -> java.util.Arrays.stream(piece.text().split("\\s+"))
                        .forEach(word -> printed.merge(word, 1, Integer::sum)));
                for (var figure : figures.entrySet()) {
                    assertThat(printed.getOrDefault(figure.getKey(), 0))
                            .as("%s: %s printed whole on one line as often as the tables hold it (broken figures print "
                                    + "as two words)", docx.getFileName(), figure.getKey())
                            .isGreaterThanOrEqualTo(figure.getValue());
                }

                int pages = pdf.getNumberOfPages();
                assertThat(pages).as("%s runs over more than one page", docx.getFileName()).isGreaterThan(1);
                assertThat(topMargin(words, 1)).as("no number on page 1").isEmpty();
                for (int page = 2; page <= pages; page++) {
                    List<Word> top = topMargin(words, page);
                    assertThat(top).as("%s, page %d: its number alone in the top margin", docx.getFileName(), page)
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

    private Path save(String token, String path, String name) throws IOException {
        var download = Api.download(path, token);
        assertThat(download.status()).isEqualTo(200);
        return Files.write(directory.resolve(name), download.body());
    }

    /** Every figure in the document's tables (what POI reads from the cells), with how many cells hold it. */
    private static Map<String, Integer> figures(Path docx) throws IOException {
        var figures = new HashMap<String, Integer>();
        try (var document = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(docx)))) {
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

    private record Word(int page, String text, float x, float y, float width) {

        float centre() {
            return x + width / 2;
        }
    }

    private static List<Word> words(PDDocument pdf) throws IOException {
        var words = new ArrayList<Word>();
        var stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                if (text.isBlank() || positions.isEmpty()) {
                    return;
                }
                TextPosition first = positions.getFirst();
                TextPosition last = positions.getLast();
                words.add(new Word(getCurrentPageNo(), text.strip(), first.getXDirAdj(), first.getYDirAdj(),
                        last.getXDirAdj() + last.getWidthDirAdj() - first.getXDirAdj()));
            }
        };
        stripper.setSortByPosition(true);
        stripper.getText(pdf);
        return words;
    }

    private static List<Word> topMargin(List<Word> words, int page) {
        return words.stream().filter(word -> word.page() == page && word.y() < TOP_MARGIN).toList();
    }
}
