package vn.vusta.platform.reportexports;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.vusta.platform.Api;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.test.KeycloakTokens;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The national union's documents of a period, opened as Word reads them: the aggregate report of the provincial
 * unions' half-year 2021 (the demo's three accepted reports) with its header, who reported, the national totals and
 * the table by province; the table alone; the reviewers' only.
 */
@PlatformApiTest
class NationalDocumentsTest {

    private static final String H1_2021 = "/api/v1/national/periods/2021/H1";

    @Test
    void theAggregateOfTheHalfYearIsAnAdministrativeDocumentOfTheNationalUnion() throws IOException {
        String reviewer = KeycloakTokens.accessToken("national-reviewer");
        JsonNode status = Api.get(H1_2021 + "/status", reviewer).json();
        var download = Api.download(H1_2021 + "/aggregate/document.docx", reviewer);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(download.disposition()).startsWith("attachment").contains("tong-hop-h1-2021.docx");
        try (var docx = new XWPFDocument(new ByteArrayInputStream(download.body()))) {
            XWPFTableRow header = docx.getTables().getFirst().getRow(0);
            assertThat(texts(header.getCell(0))).containsExactly("LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT VIỆT NAM", "Số: …/BC-LHHVN");
            assertThat(texts(header.getCell(1))).startsWith("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc");
            assertThat(texts(header.getCell(1)).getLast()).startsWith("Hà Nội, ngày ");

            List<String> body = docx.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(body).containsSubsequence("BÁO CÁO",
                    "Kết quả hoạt động của các Liên hiệp hội tỉnh, thành phố 6 tháng đầu năm 2021",
                    "I. TÌNH HÌNH GỬI BÁO CÁO",
                    status.path("sent").asInt() + "/" + status.path("expected").asInt()
                            + " Liên hiệp hội tỉnh, thành phố đã gửi báo cáo (đạt "
                            + status.path("reportingRate").decimalValue().stripTrailingZeros().toPlainString().replace('.', ',')
                            + " %), trong đó " + status.path("onTime").asInt() + " gửi đúng hạn (đạt "
                            + status.path("onTimeRate").decimalValue().stripTrailingZeros().toPlainString().replace('.', ',')
                            + " %); 3 báo cáo đã được tiếp nhận và tổng hợp trong báo cáo này.",
                    "Các Liên hiệp hội có báo cáo được tiếp nhận: Hải Phòng, Hưng Yên, Thanh Hóa.",
                    "II. KẾT QUẢ HOẠT ĐỘNG (TỔNG HỢP TỪ CÁC BÁO CÁO ĐÃ TIẾP NHẬN)",
                    "3. Tư vấn, phản biện và giám định xã hội",
                    "PHỤ LỤC: BẢNG CHỈ TIÊU THEO TỈNH, THÀNH PHỐ");
            // Thanh Hóa entered 3 recommendations and Hải Phòng 2 (demo); Hưng Yên none.
            assertThat(rows(docx)).as("the national totals by area")
                    .contains(List.of("Chỉ tiêu", "Đơn vị tính", "Tổng số", "Số tỉnh"),
                            List.of("Kiến nghị, đề xuất gửi cấp ủy, chính quyền", "kiến nghị", "5", "2"));
            assertThat(rows(docx)).as("the appendix: provinces by cluster, with totals")
                    .anySatisfy(row -> assertThat(row).startsWith("Thanh Hóa"))
                    .anySatisfy(row -> assertThat(row).startsWith("Tổng cộng (báo cáo đã gửi)"));

            XWPFTableRow closing = docx.getTables().getLast().getRow(0);
            assertThat(texts(closing.getCell(0))).startsWith("Nơi nhận:");
            assertThat(texts(closing.getCell(1))).as("the signer's name from vusta.national-documents.signer-name")
                    .containsExactly("TM. ĐOÀN CHỦ TỊCH", "CHỦ TỊCH", "Nguyễn Văn Minh");
        }
    }

    @Test
    void theTableByProvinceIsADocumentTooAndTheReviewersAlone() throws IOException {
        var download = Api.download(H1_2021 + "/table/document.docx", KeycloakTokens.accessToken("national-reviewer"));
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.disposition()).contains("bang-chi-tieu-h1-2021.docx");
        try (var docx = new XWPFDocument(new ByteArrayInputStream(download.body()))) {
            assertThat(docx.getParagraphs()).extracting(XWPFParagraph::getText)
                    .contains("Bảng chỉ tiêu hoạt động của các Liên hiệp hội tỉnh, thành phố 6 tháng đầu năm 2021");
            XWPFTable consultancy = docx.getTables().stream()
                    .filter(table -> cells(table.getRow(0)).equals(List.of("Cụm / Tỉnh, thành phố", "TV01", "TV02", "TV03")))
                    .findFirst().orElseThrow();
            assertThat(consultancy.getRows()).extracting(NationalDocumentsTest::cells)
                    .filteredOn(row -> row.getFirst().equals("Thanh Hóa"))
                    .singleElement().satisfies(row -> assertThat(row.getLast()).as("TV03 entered by Thanh Hóa").isEqualTo("3"));
        }
        assertThat(Api.download(H1_2021 + "/table/document.docx", KeycloakTokens.accessToken("thanh-hoa-admin")).status())
                .isEqualTo(403);
        assertThat(Api.download("/api/v1/national/periods/2021/Q2/aggregate/document.docx",
                KeycloakTokens.accessToken("national-reviewer")).status()).as("a period not in the calendar").isEqualTo(404);
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(XWPFTableCell::getText).toList();
    }

    private static List<String> texts(XWPFTableCell cell) {
        // A heading's lines broken to fit its column read as one text.
        return cell.getParagraphs().stream().map(p -> p.getText().replace('\n', ' ')).filter(t -> !t.isBlank()).toList();
    }

    private static List<List<String>> rows(XWPFDocument docx) {
        var rows = new ArrayList<List<String>>();
        for (XWPFTable table : docx.getTables()) {
            for (XWPFTableRow row : table.getRows()) {
                rows.add(cells(row));
            }
        }
        return rows;
    }
}
