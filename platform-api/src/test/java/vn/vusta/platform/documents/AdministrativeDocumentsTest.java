package vn.vusta.platform.documents;

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
            assertThat(issuer).extracting(XWPFParagraph::getText).containsExactly("LIÊN HIỆP CÁC HỘI KH&KT VIỆT NAM",
                    "LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT TỈNH THANH HÓA", "Số: 45/BC-LHH");
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
