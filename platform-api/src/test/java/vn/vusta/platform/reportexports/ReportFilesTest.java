package vn.vusta.platform.reportexports;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import vn.vusta.platform.Api;
import vn.vusta.platform.DemoTenants;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.calendar.VietnamTime;
import vn.vusta.platform.deploy.test.KeycloakTokens;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A report downloaded as Word and Excel: the demo report of Thanh Hóa for the first half of 2021 (approved on
 * 22/06/2021, number 45/BC-LHH), read back as a reader would see it; another union's report is not found.
 */
@PlatformApiTest
class ReportFilesTest {

    static final String THANH_HOA_H1 = "0195d2a0-0038-7000-8050-000000000001";
    static final String HAI_PHONG_H1 = "0195d2a0-0031-7000-8050-000000000001";
    static final String THANH_HOA_M10 = "0195d2a0-0038-7000-8050-000000000002";
    static final String HUNG_YEN_M10 = "0195d2a0-0033-7000-8050-000000000002";

    @Test
    void theHalfYearReportOfThanhHoaIsAWordDocumentInTheAdministrativeFormat() throws IOException {
        var download = Api.download("/api/v1/reports/" + THANH_HOA_H1 + "/document.docx", KeycloakTokens.accessToken("thanh-hoa-viewer"));
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(download.disposition()).startsWith("attachment").contains("bao-cao-6-thang-2021-thanh-hoa.docx");
        try (var docx = new XWPFDocument(new ByteArrayInputStream(download.body()))) {
            XWPFTableRow header = docx.getTables().getFirst().getRow(0);
            assertThat(texts(header.getCell(0))).containsExactly("LIÊN HIỆP CÁC HỘI KH&KT VIỆT NAM",
                    "LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT TỈNH THANH HÓA", "Số: 45/BC-LHH");
            assertThat(texts(header.getCell(1))).containsExactly("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc", "Thanh Hóa, ngày 22 tháng 6 năm 2021");

            List<String> body = docx.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(body).containsSubsequence("BÁO CÁO",
                    "Kết quả hoạt động 6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm 2021",
                    "I. KẾT QUẢ HOẠT ĐỘNG", "1. Xây dựng, phát triển tổ chức",
                    "Tính đến tháng 6/2021, Liên hiệp hội có 32 hội thành viên, 06 trung tâm trực thuộc và 05 đơn vị liên kết; "
                            + "tổng số hội viên là 23.628 người, tăng 114 hội viên so với năm 2020.",
                    "3. Tư vấn, phản biện và giám định xã hội",
                    "Năm 2021 Liên hiệp hội được Chủ tịch UBND tỉnh giao 10 nhiệm vụ tư vấn, phản biện; "
                            + "đến hết tháng 6/2021 đã phản biện thành công 04 nhiệm vụ.",
                    "II. KHÓ KHĂN, VƯỚNG MẮC", "Dịch bệnh Covid-19 ảnh hưởng đến việc tổ chức các hội nghị, hội thảo và lớp tập huấn.",
                    "III. ĐỀ XUẤT, KIẾN NGHỊ", "Không có.",
                    "IV. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2021");
            assertThat(rows(docx)).as("the figures of the areas")
                    .contains(List.of("Chỉ tiêu", "Đơn vị tính", "Kết quả"),
                            List.of("Kiến nghị, đề xuất gửi cấp ủy, chính quyền", "kiến nghị", "3"));

            XWPFTableRow closing = docx.getTables().getLast().getRow(0);
            assertThat(texts(closing.getCell(0))).containsExactly("Nơi nhận:", "- Liên hiệp các Hội KH&KT Việt Nam;",
                    "- Thường trực Tỉnh ủy, UBND tỉnh;", "- Các hội thành viên;", "- Lưu: VT.");
            assertThat(texts(closing.getCell(1))).containsExactly("TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Nguyễn Văn Phát");
            XWPFParagraph signer = closing.getCell(1).getParagraphs().getLast();
            assertThat(signer.getRuns().getFirst().isBold()).as("the signer's name in bold").isTrue();
        }
    }

    @Test
    void theFiguresOfAReportAreASpreadsheet() throws IOException {
        var download = Api.download("/api/v1/reports/" + THANH_HOA_H1 + "/indicators.xlsx", KeycloakTokens.accessToken("thanh-hoa-editor"));
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(download.disposition()).contains("chi-tieu-6-thang-2021-thanh-hoa.xlsx");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(cells(sheet.getRow(0)).getFirst()).as("a title row first").isEqualTo("Chỉ tiêu báo cáo 6 tháng đầu năm 2021");
            assertThat(cells(sheet.getRow(5))).containsExactly("Mã chỉ tiêu", "Chỉ tiêu", "Đơn vị tính",
                    "Số tính từ dữ liệu", "Số nhập", "Lý do điều chỉnh", "Số báo cáo");
            var rows = new ArrayList<List<String>>();
            sheet.forEach(row -> {
                if (row.getRowNum() > 5) {
                    rows.add(cells(row));
                }
            });
            assertThat(rows).contains(List.of("TV03", "Kiến nghị, đề xuất gửi cấp ủy, chính quyền", "kiến nghị", "", "3", "", "3"));
            assertThat(rows).extracting(List::getFirst).as("every indicator of 2021").contains("TC01", "KT03").hasSize(31);
        }
    }

    @Test
    void aReportOfAnotherUnionIsNotFound() {
        String thanhHoa = KeycloakTokens.accessToken("thanh-hoa-admin");
        assertThat(Api.download("/api/v1/reports/" + HAI_PHONG_H1 + "/document.docx", thanhHoa).status()).isEqualTo(404);
        assertThat(Api.download("/api/v1/reports/" + HAI_PHONG_H1 + "/indicators.xlsx", thanhHoa).status()).isEqualTo(404);
        assertThat(Api.download("/api/v1/national/reports/" + DemoTenants.HAI_PHONG + "/" + HAI_PHONG_H1 + "/document.docx",
                thanhHoa).status()).as("the national route is the reviewers'").isEqualTo(403);
    }

    @Test
    void aNationalReviewerDownloadsAnyProvincesReportNamingItsUnion() throws IOException {
        String reviewer = KeycloakTokens.accessToken("national-reviewer");
        var download = Api.download("/api/v1/national/reports/" + DemoTenants.HAI_PHONG + "/" + HAI_PHONG_H1 + "/document.docx", reviewer);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.disposition()).contains("bao-cao-6-thang-2021-hai-phong.docx");
        try (var docx = new XWPFDocument(new ByteArrayInputStream(download.body()))) {
            XWPFTableRow header = docx.getTables().getFirst().getRow(0);
            assertThat(texts(header.getCell(0))).contains("LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT THÀNH PHỐ HẢI PHÒNG", "Số: 38/BC-LHH");
            assertThat(texts(header.getCell(1))).contains("Hải Phòng, ngày 25 tháng 6 năm 2021");
        }
        var sheet = Api.download("/api/v1/national/reports/" + DemoTenants.HAI_PHONG + "/" + HAI_PHONG_H1 + "/indicators.xlsx", reviewer);
        assertThat(sheet.status()).isEqualTo(200);
        assertThat(sheet.disposition()).contains("chi-tieu-6-thang-2021-hai-phong.xlsx");
        assertThat(Api.download("/api/v1/national/reports/" + DemoTenants.THANH_HOA + "/" + HAI_PHONG_H1 + "/document.docx", reviewer)
                .status()).as("a report under another union's id").isEqualTo(404);
    }

    @Test
    void aDraftWithoutNumberOrDateGetsTheBlankNumberAndTodaysDate() throws IOException {
        var download = Api.download("/api/v1/reports/" + HUNG_YEN_M10 + "/document.docx", KeycloakTokens.accessToken("hung-yen-viewer"));
        assertThat(download.status()).isEqualTo(200);
        var today = VietnamTime.today();
        try (var docx = new XWPFDocument(new ByteArrayInputStream(download.body()))) {
            XWPFTableRow header = docx.getTables().getFirst().getRow(0);
            assertThat(texts(header.getCell(0))).contains("Số: …/BC-LHH");
            assertThat(texts(header.getCell(1))).contains(new vn.vusta.platform.documents.AdministrativeDocument(null, "-",
                    "-", "Hưng Yên", today, "-", null, List.of(), List.of(), List.of(), null).placeAndDate());
            assertThat(docx.getParagraphs()).extracting(XWPFParagraph::getText).contains("IV. NHIỆM VỤ TRỌNG TÂM KỲ TỚI");
        }
    }

    /** Issue 18, point 4: Thanh Hóa's 10-month report, returned for revision, printed as if issued with number 71. */
    @Test
    void aReturnedReportPrintsAsADraftWithoutItsNumber() throws IOException {
        var download = Api.download("/api/v1/reports/" + THANH_HOA_M10 + "/document.docx", KeycloakTokens.accessToken("thanh-hoa-viewer"));
        assertThat(download.status()).isEqualTo(200);
        try (var docx = new XWPFDocument(new ByteArrayInputStream(download.body()))) {
            assertThat(docx.getParagraphs().getFirst().getText()).isEqualTo("DỰ THẢO");
            XWPFTableRow header = docx.getTables().getFirst().getRow(0);
            assertThat(texts(header.getCell(0))).contains("Số: …/BC-LHH").doesNotContain("Số: 71/BC-LHH");
        }
        var accepted = Api.download("/api/v1/reports/" + THANH_HOA_H1 + "/document.docx", KeycloakTokens.accessToken("thanh-hoa-viewer"));
        try (var docx = new XWPFDocument(new ByteArrayInputStream(accepted.body()))) {
            assertThat(docx.getParagraphs()).extracting(XWPFParagraph::getText).as("an accepted report is issued").doesNotContain("DỰ THẢO");
        }
    }

    private static List<String> texts(XWPFTableCell cell) {
        // A heading's lines broken to fit its column read as one text.
        return cell.getParagraphs().stream().map(p -> p.getText().replace('\n', ' ')).filter(t -> !t.isBlank()).toList();
    }

    private static List<List<String>> rows(XWPFDocument docx) {
        var rows = new ArrayList<List<String>>();
        for (XWPFTable table : docx.getTables()) {
            for (XWPFTableRow row : table.getRows()) {
                rows.add(row.getTableCells().stream().map(XWPFTableCell::getText).toList());
            }
        }
        return rows;
    }

    private static List<String> cells(Row row) {
        var cells = new ArrayList<String>();
        for (int c = 0; c < 7; c++) {
            var cell = row.getCell(c);
            cells.add(cell == null ? "" : switch (cell.getCellType()) {
                case NUMERIC -> new java.math.BigDecimal(String.valueOf(cell.getNumericCellValue())).stripTrailingZeros().toPlainString();
                default -> cell.getStringCellValue();
            });
        }
        return cells;
    }
}
