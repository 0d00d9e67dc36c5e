package vn.vusta.platform.documents;

import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Decree 30 layout of a document, read back with POI as Word would read it. */
class AdministrativeDocumentsTest {

    private final AdministrativeDocuments documents = new AdministrativeDocuments();

    private static AdministrativeDocument report(List<DocumentBlock> body) {
        return new AdministrativeDocument("Liên hiệp các Hội KH&KT Việt Nam",
                "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thanh Hóa", "45/BC-LHH", "Thanh Hóa",
                LocalDate.of(2021, 6, 22), "Báo cáo", "Kết quả hoạt động 6 tháng đầu năm 2021", body,
                List.of("- Liên hiệp các Hội KH&KT Việt Nam;", "- Lưu: VT."), List.of("TM. Ban Thường vụ", "Chủ tịch"),
                "Nguyễn Văn Phát");
    }

    @Test
    void theHeaderTitleAndClosingFollowTheDecree() throws IOException {
        try (var docx = open(documents.write(report(List.of(new DocumentBlock.Paragraph("Nội dung.")))))) {
            var margins = docx.getDocument().getBody().getSectPr().getPgMar();
            assertThat(List.of(margins.getTop(), margins.getBottom(), margins.getLeft(), margins.getRight()))
                    .as("margins in twips: 20, 20, 30, 15 mm")
                    .containsExactly(BigInteger.valueOf(1134), BigInteger.valueOf(1134), BigInteger.valueOf(1701), BigInteger.valueOf(850));
            XWPFTable header = docx.getTables().getFirst();
            List<XWPFParagraph> issuer = header.getRow(0).getCell(0).getParagraphs();
            assertThat(issuer).extracting(p -> p.getText().replace('\n', ' ')).containsExactly("LIÊN HIỆP CÁC HỘI KH&KT VIỆT NAM",
                    "LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT TỈNH THANH HÓA", "", "Số: 45/BC-LHH");
            assertThat(issuer.get(1).getRuns().getFirst().isBold()).as("the issuing body in bold").isTrue();
            assertThat(issuer.get(0).getRuns().getFirst().isBold()).as("the parent body upright").isFalse();
            List<XWPFParagraph> motto = header.getRow(0).getCell(1).getParagraphs();
            assertThat(motto).extracting(XWPFParagraph::getText).containsExactly("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc", "Thanh Hóa, ngày 22 tháng 6 năm 2021");
            XWPFRun independence = motto.get(1).getRuns().getFirst();
            assertThat(independence.isBold()).isTrue();
            assertThat(independence.getUnderline()).isEqualTo(UnderlinePatterns.SINGLE);
            assertThat(motto.get(2).getRuns().getFirst().isItalic()).as("place and date in italics").isTrue();
            assertThat(header.getTopBorderType()).isEqualTo(XWPFTable.XWPFBorderType.NONE);
            assertThat(header.getInsideVBorderType()).isEqualTo(XWPFTable.XWPFBorderType.NONE);

            List<String> paragraphs = docx.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs).containsSubsequence("BÁO CÁO", "Kết quả hoạt động 6 tháng đầu năm 2021", "Nội dung.");
            XWPFRun body = docx.getParagraphs().stream().filter(p -> p.getText().equals("Nội dung.")).findFirst()
                    .orElseThrow().getRuns().getFirst();
            assertThat(body.getFontFamily()).isEqualTo("Times New Roman");
            assertThat(body.getFontSizeAsDouble()).isEqualTo(14.0);

            XWPFTable closing = docx.getTables().getLast();
            List<XWPFParagraph> recipients = closing.getRow(0).getCell(0).getParagraphs();
            assertThat(recipients).extracting(XWPFParagraph::getText)
                    .containsExactly("Nơi nhận:", "- Liên hiệp các Hội KH&KT Việt Nam;", "- Lưu: VT.");
            XWPFRun heading = recipients.getFirst().getRuns().getFirst();
            assertThat(heading.isBold() && heading.isItalic()).as("Nơi nhận: in bold italics").isTrue();
            List<String> signature = closing.getRow(0).getCell(1).getParagraphs().stream()
                    .map(XWPFParagraph::getText).filter(t -> !t.isEmpty()).toList();
            assertThat(signature).containsExactly("TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Nguyễn Văn Phát");
        }
    }

    /** Issue 18, point 4: what Decree 30's Appendix I asks and the documents lacked. */
    @Test
    void pagesFromTheSecondAreNumberedInTheTopMarginCentred() throws IOException {
        try (var docx = open(documents.write(report(List.of(new DocumentBlock.Paragraph("Nội dung.")))))) {
            var section = docx.getDocument().getBody().getSectPr();
            assertThat(section.isSetTitlePg()).as("the first page is different: no number").isTrue();
            var policy = docx.getHeaderFooterPolicy();
            assertThat(policy.getFirstPageHeader().getText()).isBlank();
            XWPFParagraph number = policy.getDefaultHeader().getParagraphs().getFirst();
            assertThat(number.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(number.getCTP().getFldSimpleArray()).extracting(field -> field.getInstr().strip()).containsExactly("PAGE");
            assertThat(section.getPgMar().getHeader()).as("in the top margin (20 mm): 10 mm from the edge")
                    .isEqualTo(BigInteger.valueOf(567));
        }
    }

    @Test
    void aShortRuleStandsUnderTheIssuingBodyAndUnderTheSummaryLine() throws IOException {
        try (var docx = open(documents.write(report(List.of(new DocumentBlock.Paragraph("Nội dung.")))))) {
            List<XWPFParagraph> issuer = docx.getTables().getFirst().getRow(0).getCell(0).getParagraphs();
            XWPFParagraph rule = issuer.get(2);
            assertThat(rule.getText()).isEmpty();
            assertThat(rule.getBorderBottom()).isEqualTo(Borders.SINGLE);
            assertThat(rule.getIndentationLeft()).as("a third of the column, centred").isPositive()
                    .isEqualTo(rule.getIndentationRight());
            List<XWPFParagraph> body = docx.getParagraphs();
            int subject = body.stream().map(XWPFParagraph::getText).toList().indexOf("Kết quả hoạt động 6 tháng đầu năm 2021");
            assertThat(body.get(subject + 1).getBorderBottom()).as("under the summary line").isEqualTo(Borders.SINGLE);
            assertThat(body.get(subject + 1).getIndentationLeft()).isPositive();
        }
    }

    @Test
    void theNationalIssuingBodyBreaksIntoEvenLinesNeverLeavingNamAlone() throws IOException {
        var document = new AdministrativeDocument(null, "Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam", "…/BC-LHHVN",
                "Hà Nội", LocalDate.of(2021, 7, 20), "Báo cáo", "Kết quả", List.of(), List.of("- Lưu: VT."),
                List.of("TM. Đoàn Chủ tịch", "Chủ tịch"), "Nguyễn Văn Minh");
        try (var docx = open(documents.write(document))) {
            XWPFParagraph issuer = docx.getTables().getFirst().getRow(0).getCell(0).getParagraphs().getFirst();
            assertThat(issuer.getText()).isEqualTo("LIÊN HIỆP CÁC HỘI KHOA HỌC\nVÀ KỸ THUẬT VIỆT NAM");
            List<String> signature = docx.getTables().getLast().getRow(0).getCell(1).getParagraphs().stream()
                    .map(XWPFParagraph::getText).filter(t -> !t.isEmpty()).toList();
            assertThat(signature).containsExactly("TM. ĐOÀN CHỦ TỊCH", "CHỦ TỊCH", "Nguyễn Văn Minh");
        }
    }

    @Test
    void aLineBreakInAJustifiedParagraphEndsTheLineWithoutStretchingIt() throws IOException {
        String html = "<p>Tổ chức 12 hội thảo;<br>Tập huấn cho 300 lượt người.</p>";
        try (var docx = open(documents.write(report(List.of(new DocumentBlock.RichText(html)))))) {
            List<XWPFParagraph> justified = docx.getParagraphs().stream()
                    .filter(p -> p.getAlignment() == ParagraphAlignment.BOTH).toList();
            assertThat(justified).extracting(XWPFParagraph::getText)
                    .containsSubsequence("Tổ chức 12 hội thảo;", "Tập huấn cho 300 lượt người.");
            assertThat(justified).as("no line break inside a justified paragraph (Word and LibreOffice stretch the line before it)")
                    .noneMatch(p -> p.getText().contains("\n"));
            XWPFParagraph rest = justified.stream().filter(p -> p.getText().startsWith("Tập huấn")).findFirst().orElseThrow();
            assertThat(rest.getIndentationFirstLine()).as("the rest is not a new indented paragraph").isLessThanOrEqualTo(0);
            assertThat(rest.getSpacingBefore()).isZero();
        }
    }

    @Test
    void aDraftIsMarkedAndCarriesNoNumber() throws IOException {
        AdministrativeDocument issued = report(List.of());
        var draft = new AdministrativeDocument(issued.parentBody(), issued.issuingBody(), "71/BC-LHH", issued.place(),
                issued.date(), issued.kind(), issued.subject(), issued.body(), issued.recipients(),
                issued.signerAuthority(), issued.signerName(), true);
        try (var docx = open(documents.write(draft))) {
            assertThat(docx.getParagraphs().getFirst().getText()).isEqualTo("DỰ THẢO");
            assertThat(docx.getParagraphs().getFirst().getBorderTop()).as("in a box").isEqualTo(Borders.SINGLE);
            assertThat(docx.getTables().getFirst().getRow(0).getCell(0).getText()).contains("Số: …/BC-LHH")
                    .doesNotContain("71");
        }
        try (var docx = open(documents.write(issued))) {
            assertThat(docx.getParagraphs()).extracting(XWPFParagraph::getText).doesNotContain("DỰ THẢO");
        }
    }

    /** Issue 18, point 3: 8 columns of 15,3 mm printed "23.62 / 8"; national totals run into millions. */
    @Test
    void aNumericColumnIsAsWideAsItsWidestFigureAndTooManySplitTheTable() throws IOException {
        var columns = new java.util.ArrayList<DocumentBlock.Column>(List.of(new DocumentBlock.Column("Cụm / Tỉnh, thành phố", 28, false)));
        var row = new java.util.ArrayList<String>(List.of("Tổng cộng (báo cáo đã gửi)"));
        for (int i = 1; i <= 8; i++) {
            columns.add(new DocumentBlock.Column("TC0" + i, 10, true));
            row.add("12.345.678");
        }
        try (var docx = open(documents.write(report(List.of(new DocumentBlock.Table(columns, List.of(row))))))) {
            List<XWPFTable> tables = docx.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("Cụm / Tỉnh, thành phố")).toList();
            assertThat(tables).as("8 figures of millions do not fit one A4 width: split, the names in each").hasSizeGreaterThan(1);
            int figures = 0;
            for (XWPFTable table : tables) {
                assertThat(table.getRow(0).isRepeatHeader()).as("headings repeated on every page").isTrue();
                assertThat(table.getRow(1).getCell(0).getText()).isEqualTo("Tổng cộng (báo cáo đã gửi)");
                var grid = table.getCTTbl().getTblGrid().getGridColList();
                int total = grid.stream().mapToInt(c -> ((BigInteger) c.getW()).intValue()).sum();
                assertThat(total).as("within the text width").isLessThanOrEqualTo(9355);
                for (int c = 1; c < grid.size(); c++) {
                    // 12.345.678 in 12 pt Times New Roman (or Liberation Serif, its metrics) is 54 pt = 1080 twips, plus
                    // the cell's margins.
                    assertThat(((BigInteger) grid.get(c).getW()).intValue()).as("a figure column").isGreaterThanOrEqualTo(1080 + 216);
                    figures++;
                }
            }
            assertThat(figures).isEqualTo(8);
        }
    }

    @Test
    void aDateEarlyInTheYearIsWrittenWithLeadingZeros() {
        var document = new AdministrativeDocument(null, "Liên hiệp hội", "01/BC-LHH", "Hưng Yên",
                LocalDate.of(2022, 2, 5), "Báo cáo", null, List.of(), List.of(), List.of(), null);
        assertThat(document.placeAndDate()).isEqualTo("Hưng Yên, ngày 05 tháng 02 năm 2022");
    }

    @Test
    void theEditorsHtmlBecomesParagraphsRunsListsAndTables() throws IOException {
        String html = """
                <p>Đã phản biện <strong>04 nhiệm vụ</strong>, <em>đúng hạn</em> và <u>đạt yêu cầu</u> về KH&amp;CN.</p>
                <h3>Kết quả nổi bật</h3>
                <ul><li>Hội thảo khoa học</li><li>Tọa đàm</li></ul>
                <ol><li>Thứ nhất</li><li>Thứ hai</li></ol>
                <p>Xem <a href="https://vusta.vn/bai-viet">bài viết</a>.<script>alert(1)</script></p>
                <table><tr><th>Chỉ tiêu</th><th>Số lượng</th></tr><tr><td>Hội thảo</td><td>3</td></tr></table>
                """;
        try (var docx = open(documents.write(report(List.of(new DocumentBlock.RichText(html)))))) {
            List<String> paragraphs = docx.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs).containsSubsequence(
                    "Đã phản biện 04 nhiệm vụ, đúng hạn và đạt yêu cầu về KH&CN.", "Kết quả nổi bật",
                    "- Hội thảo khoa học", "- Tọa đàm", "1. Thứ nhất", "2. Thứ hai", "Xem bài viết.");
            assertThat(String.join("\n", paragraphs)).doesNotContain("alert");
            XWPFParagraph first = docx.getParagraphs().stream().filter(p -> p.getText().startsWith("Đã phản biện"))
                    .findFirst().orElseThrow();
            assertThat(first.getRuns()).filteredOn(XWPFRun::isBold).extracting(XWPFRun::text).containsExactly("04 nhiệm vụ");
            assertThat(first.getRuns()).filteredOn(XWPFRun::isItalic).extracting(XWPFRun::text).containsExactly("đúng hạn");
            XWPFTable table = docx.getTables().get(1);
            assertThat(table.getRow(0).getCell(0).getText()).isEqualTo("Chỉ tiêu");
            assertThat(table.getRow(1).getCell(1).getText()).isEqualTo("3");
        }
    }

    private static XWPFDocument open(byte[] bytes) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }
}
