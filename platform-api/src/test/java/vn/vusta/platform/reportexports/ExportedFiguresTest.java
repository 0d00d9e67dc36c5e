package vn.vusta.platform.reportexports;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.vusta.platform.Api;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.calendar.VietnamTime;
import vn.vusta.platform.deploy.test.KeycloakTokens;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every figure of every generated file, opened with Apache POI, against what the API's JSON says, cell by cell
 * (issue 18): the national table (.xlsx with the year-earlier figures, .docx), the national aggregate (.xlsx, .docx),
 * a union's report (.docx) and its indicators (.xlsx), on the demo's half-year 2021. A figure in the wrong column,
 * missing or changed fails here; so does a number written as text or without its {@code #,##0} format.
 */
@PlatformApiTest
class ExportedFiguresTest {

    private static final String H1_2021 = "/api/v1/national/periods/2021/H1";
    private static final String THANH_HOA_H1 = "0195d2a0-0038-7000-8050-000000000001";
    private static final String PROVINCE_HEADING = "Cụm / Tỉnh, thành phố";

    private String reviewer;

    @BeforeEach
    void signIn() {
        reviewer = KeycloakTokens.accessToken("national-reviewer");
    }

    /** Issue 18, point 2: the accepted reports' row was written into consecutive columns (30108 under "TC02 cùng kỳ"). */
    @Test
    void theAcceptedRowOfTheNationalTableSheetStaysUnderItsIndicators() throws IOException {
        JsonNode table = json(H1_2021 + "/table");
        try (var workbook = xlsx(H1_2021 + "/table/export")) {
            Sheet sheet = workbook.getSheetAt(0);
            Row headings = headingRow(sheet);
            Row accepted = rowStartingWith(sheet, "Trong đó: báo cáo đã tiếp nhận");
            var soft = new SoftAssertions();
            for (JsonNode indicator : table.path("indicators")) {
                String code = indicator.path("code").asString();
                int column = column(headings, code + " " + indicator.path("name").asString());
                soft.assertThat(number(accepted.getCell(column))).as("accepted %s under its heading", code)
                        .isEqualTo(decimal(table.path("acceptedTotals").path(code)));
                soft.assertThat(text(headings.getCell(column + 1))).startsWith(code + " cùng kỳ 2020");
                soft.assertThat(blank(accepted.getCell(column + 1))).as("%s cùng kỳ of the accepted row", code).isTrue();
                soft.assertThat(blank(accepted.getCell(column + 2))).as("%s tăng (giảm) of the accepted row", code).isTrue();
            }
            soft.assertAll();
        }
    }

    @Test
    void everyFigureOfTheNationalTableSheetIsTheApis() throws IOException {
        JsonNode table = json(H1_2021 + "/table");
        try (var workbook = xlsx(H1_2021 + "/table/export")) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            titleRows(sheet, "Bảng chỉ tiêu các tỉnh, thành phố — 6 tháng 2021");
            Row headings = headingRow(sheet);
            printedOnA4(sheet, headings.getRowNum(), true);
            assertThat(sheet.getRepeatingColumns().formatAsString()).as("the province names on every page").isEqualTo("A:A");

            var soft = new SoftAssertions();
            int rows = 0;
            for (JsonNode cluster : table.path("clusters")) {
                for (JsonNode row : cluster.path("rows")) {
                    JsonNode status = row.path("status");
                    Row cells = rowStartingWith(sheet, label(status.path("province")));
                    triplets(soft, table, headings, cells, row.path("values"), row.path("previous"));
                    LocalDate sent = sentOn(status);
                    Cell date = cells.getCell(2);
                    if (sent == null) {
                        soft.assertThat(blank(date)).as("no sending date for %s", text(cells.getCell(0))).isTrue();
                    } else {
                        soft.assertThat(date.getCellType()).as("a real date").isEqualTo(CellType.NUMERIC);
                        soft.assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(sent);
                        soft.assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
                    }
                    rows++;
                }
                String name = cluster.path("name").isNull() ? "chưa xếp cụm" : cluster.path("name").asString();
                triplets(soft, table, headings, rowStartingWith(sheet, "Cộng " + name), cluster.path("subtotals"),
                        cluster.path("previousSubtotals"));
            }
            triplets(soft, table, headings, rowStartingWith(sheet, "Tổng cộng (báo cáo đã gửi)"), table.path("totals"),
                    table.path("previousTotals"));
            soft.assertAll();
            assertThat(rows).as("every province of the JSON").isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void everyFigureOfTheNationalAggregateSheetIsTheApis() throws IOException {
        JsonNode aggregate = json(H1_2021 + "/aggregate");
        try (var workbook = xlsx(H1_2021 + "/aggregate/export")) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            titleRows(sheet, "Tổng hợp kết quả hoạt động các Liên hiệp hội tỉnh, thành phố — 6 tháng 2021");
            Row headings = rowStartingWith(sheet, "Mã");
            printedOnA4(sheet, headings.getRowNum(), false);
            var soft = new SoftAssertions();
            for (JsonNode line : aggregate.path("lines")) {
                Row row = rowStartingWith(sheet, line.path("indicator").path("code").asString());
                soft.assertThat(text(row.getCell(1))).isEqualTo(line.path("indicator").path("name").asString());
                figure(soft, row.getCell(3), line.path("total"), "total of " + line.path("indicator").path("code").asString());
                figure(soft, row.getCell(4), line.path("provinces"), "provinces");
            }
            soft.assertAll();
        }
    }

    @Test
    void everyFigureOfAReportsSheetIsTheApis() throws IOException {
        JsonNode report = Api.get("/api/v1/reports/" + THANH_HOA_H1, KeycloakTokens.accessToken("thanh-hoa-viewer")).json();
        var download = Api.download("/api/v1/reports/" + THANH_HOA_H1 + "/indicators.xlsx", KeycloakTokens.accessToken("thanh-hoa-viewer"));
        assertThat(download.status()).isEqualTo(200);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            titleRows(sheet, "Chỉ tiêu báo cáo 6 tháng đầu năm 2021");
            assertThat(text(sheet.getRow(1).getCell(0))).isEqualTo("Đơn vị: Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thanh Hóa");
            Row headings = rowStartingWith(sheet, "Mã chỉ tiêu");
            printedOnA4(sheet, headings.getRowNum(), true);
            var soft = new SoftAssertions();
            for (JsonNode value : report.path("values")) {
                String code = value.path("code").asString();
                Row row = rowStartingWith(sheet, code);
                figure(soft, row.getCell(3), value.path("computed"), code + " computed");
                figure(soft, row.getCell(4), value.path("entered"), code + " entered");
                figure(soft, row.getCell(6), value.path("reported"), code + " reported");
                soft.assertThat(text(row.getCell(5))).as(code + " reason")
                        .isEqualTo(value.path("reason").isNull() ? "" : value.path("reason").asString());
            }
            soft.assertAll();
        }
    }

    @Test
    void everyFigureOfAReportsDocumentIsTheApis() throws IOException {
        String viewer = KeycloakTokens.accessToken("thanh-hoa-viewer");
        JsonNode report = Api.get("/api/v1/reports/" + THANH_HOA_H1, viewer).json();
        try (var docx = docx("/api/v1/reports/" + THANH_HOA_H1 + "/document.docx", viewer)) {
            Map<String, String> written = new HashMap<>();
            for (XWPFTable table : docx.getTables()) {
                if (cells(table.getRow(0)).equals(List.of("Chỉ tiêu", "Đơn vị tính", "Kết quả"))) {
                    table.getRows().stream().skip(1).map(ExportedFiguresTest::cells)
                            .forEach(row -> written.put(row.get(0), row.get(2)));
                }
            }
            var soft = new SoftAssertions();
            for (JsonNode value : report.path("values")) {
                soft.assertThat(written).as(value.path("code").asString())
                        .containsEntry(value.path("name").asString(), vietnamese(value.path("reported")));
            }
            soft.assertAll();
        }
    }

    @Test
    void everyFigureOfTheNationalTableDocumentIsTheApis() throws IOException {
        JsonNode table = json(H1_2021 + "/table");
        try (var docx = docx(H1_2021 + "/table/document.docx", reviewer)) {
            nationalTableFigures(table, docx);
        }
    }

    @Test
    void everyFigureOfTheNationalAggregateDocumentIsTheApis() throws IOException {
        JsonNode aggregate = json(H1_2021 + "/aggregate");
        JsonNode table = json(H1_2021 + "/table");
        try (var docx = docx(H1_2021 + "/aggregate/document.docx", reviewer)) {
            Map<String, List<String>> totals = new HashMap<>();
            for (XWPFTable t : docx.getTables()) {
                if (cells(t.getRow(0)).equals(List.of("Chỉ tiêu", "Đơn vị tính", "Tổng số", "Số tỉnh"))) {
                    t.getRows().stream().skip(1).map(ExportedFiguresTest::cells).forEach(row -> totals.put(row.get(0), row));
                }
            }
            var soft = new SoftAssertions();
            for (JsonNode line : aggregate.path("lines")) {
                String name = line.path("indicator").path("name").asString();
                soft.assertThat(totals).as(name).containsKey(name);
                if (totals.containsKey(name)) {
                    soft.assertThat(totals.get(name).subList(2, 4)).as(name)
                            .containsExactly(vietnamese(line.path("total")), line.path("provinces").asString());
                }
            }
            soft.assertAll();
            nationalTableFigures(table, docx);
        }
    }

    /**
     * The appendix's tables: one or more per area, the province column and the headings repeated in each; every
     * (row, indicator) cell read into one map and compared with the JSON's values, subtotals and totals.
     */
    private static void nationalTableFigures(JsonNode table, XWPFDocument docx) {
        Map<String, Map<String, String>> written = new LinkedHashMap<>();
        for (XWPFTable t : docx.getTables()) {
            List<String> headings = cells(t.getRow(0));
            if (!headings.getFirst().equals(PROVINCE_HEADING)) {
                continue;
            }
            for (XWPFTableRow row : t.getRows().subList(1, t.getRows().size())) {
                List<String> cells = cells(row);
                Map<String, String> byCode = written.computeIfAbsent(cells.getFirst().strip(), label -> new HashMap<>());
                for (int c = 1; c < headings.size(); c++) {
                    byCode.put(headings.get(c), cells.get(c));
                }
            }
        }
        var soft = new SoftAssertions();
        for (JsonNode cluster : table.path("clusters")) {
            for (JsonNode row : cluster.path("rows")) {
                rowFigures(soft, table, written, label(row.path("status").path("province")), row.path("values"));
            }
            String name = cluster.path("name").isNull() ? "Chưa xếp cụm" : cluster.path("name").asString();
            rowFigures(soft, table, written, "Cộng " + name, cluster.path("subtotals"));
        }
        rowFigures(soft, table, written, "Tổng cộng (báo cáo đã gửi)", table.path("totals"));
        rowFigures(soft, table, written, "Trong đó: đã tiếp nhận", table.path("acceptedTotals"));
        soft.assertAll();
    }

    private static void rowFigures(SoftAssertions soft, JsonNode table, Map<String, Map<String, String>> written,
                                   String label, JsonNode values) {
        soft.assertThat(written).as("a row %s", label).containsKey(label);
        Map<String, String> row = written.getOrDefault(label, Map.of());
        for (JsonNode indicator : table.path("indicators")) {
            String code = indicator.path("code").asString();
            soft.assertThat(row.get(code)).as("%s, %s", label, code).isEqualTo(vietnamese(values.path(code)));
        }
    }

    /** Value, a year earlier and the change of every indicator, each under its own heading. */
    private static void triplets(SoftAssertions soft, JsonNode table, Row headings, Row row, JsonNode values, JsonNode previous) {
        String label = text(row.getCell(0));
        for (JsonNode indicator : table.path("indicators")) {
            String code = indicator.path("code").asString();
            int column = column(headings, code + " " + indicator.path("name").asString());
            figure(soft, row.getCell(column), values.path(code), label + " " + code);
            figure(soft, row.getCell(column + 1), previous.path(code), label + " " + code + " cùng kỳ");
            BigDecimal now = decimal(values.path(code));
            BigDecimal before = decimal(previous.path(code));
            BigDecimal change = now == null || before == null ? null : now.subtract(before);
            soft.assertThat(number(row.getCell(column + 2))).as(label + " " + code + " tăng (giảm)").isEqualTo(change);
        }
    }

    /** A cell holding the JSON's figure as a number formatted #,##0 (or #,##0.00), or empty where the JSON has none. */
    private static void figure(SoftAssertions soft, Cell cell, JsonNode expected, String what) {
        BigDecimal value = decimal(expected);
        if (value == null) {
            soft.assertThat(blank(cell)).as("%s empty", what).isTrue();
            return;
        }
        soft.assertThat(cell).as("%s present", what).isNotNull();
        if (cell == null) {
            return;
        }
        soft.assertThat(cell.getCellType()).as("%s a number", what).isEqualTo(CellType.NUMERIC);
        soft.assertThat(number(cell)).as(what).isEqualTo(value);
        soft.assertThat(cell.getCellStyle().getDataFormatString()).as("%s format", what)
                .isEqualTo(value.scale() > 0 ? "#,##0.00" : "#,##0");
    }

    private static void titleRows(Sheet sheet, String title) {
        assertThat(text(sheet.getRow(0).getCell(0))).isEqualTo(title);
        assertThat(text(sheet.getRow(1).getCell(0))).startsWith("Đơn vị: Liên hiệp các Hội Khoa học và Kỹ thuật");
        assertThat(text(sheet.getRow(2).getCell(0))).startsWith("Kỳ báo cáo: ").contains("2021");
        assertThat(text(sheet.getRow(3).getCell(0)))
                .isEqualTo("Ngày xuất: " + VietnamTime.today().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    }

    private static void printedOnA4(XSSFSheet sheet, int headingRow, boolean landscape) {
        PrintSetup print = sheet.getPrintSetup();
        assertThat(print.getPaperSize()).as("A4").isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(print.getLandscape()).isEqualTo(landscape);
        assertThat(sheet.getFitToPage()).as("fit to page").isTrue();
        assertThat(print.getFitWidth()).as("one page wide").isEqualTo((short) 1);
        assertThat(print.getFitHeight()).as("as many pages down as it takes").isEqualTo((short) 0);
        assertThat(sheet.getRepeatingRows()).as("the headings on every page").isNotNull();
        assertThat(sheet.getRepeatingRows().getFirstRow()).isEqualTo(headingRow);
        assertThat(sheet.getRepeatingRows().getLastRow()).isEqualTo(headingRow);
    }

    private static Row headingRow(Sheet sheet) {
        return rowStartingWith(sheet, PROVINCE_HEADING);
    }

    private static Row rowStartingWith(Sheet sheet, String first) {
        for (Row row : sheet) {
            if (text(row.getCell(0)).strip().equals(first)) {
                return row;
            }
        }
        throw new AssertionError("no row " + first);
    }

    private static int column(Row headings, String startsWith) {
        for (Cell cell : headings) {
            if (text(cell).startsWith(startsWith)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no heading " + startsWith);
    }

    private static String label(JsonNode province) {
        String name = province.path("name").asString();
        return province.path("partOf").isNull() || province.path("partOf").isMissingNode() ? name
                : name + " (nay thuộc " + province.path("partOfName").asString() + ")";
    }

    private static LocalDate sentOn(JsonNode status) {
        JsonNode sentAt = status.path("sentAt");
        return sentAt.isNull() || sentAt.isMissingNode() ? null
                : OffsetDateTime.parse(sentAt.asString()).atZoneSameInstant(VietnamTime.ZONE).toLocalDate();
    }

    private static boolean blank(Cell cell) {
        return cell == null || cell.getCellType() == CellType.BLANK
                || cell.getCellType() == CellType.STRING && cell.getStringCellValue().isEmpty();
    }

    private static String text(Cell cell) {
        return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue();
    }

    private static BigDecimal number(Cell cell) {
        return cell == null || cell.getCellType() != CellType.NUMERIC ? null
                : new BigDecimal(String.valueOf(cell.getNumericCellValue())).stripTrailingZeros();
    }

    private static BigDecimal decimal(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : node.decimalValue().stripTrailingZeros();
    }

    /** 23.628 and 12,5: written out by hand, not with the code under test's formatter. */
    private static String vietnamese(JsonNode node) {
        BigDecimal value = decimal(node);
        if (value == null) {
            return "";
        }
        var symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat("#,##0.##", symbols).format(value);
    }

    private static List<String> cells(XWPFTableRow row) {
        var cells = new ArrayList<String>();
        for (XWPFTableCell cell : row.getTableCells()) {
            cells.add(cell.getText());
        }
        return cells;
    }

    private JsonNode json(String path) {
        var response = Api.get(path, reviewer);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private XSSFWorkbook xlsx(String path) throws IOException {
        var download = Api.download(path, reviewer);
        assertThat(download.status()).isEqualTo(200);
        return new XSSFWorkbook(new ByteArrayInputStream(download.body()));
    }

    private static XWPFDocument docx(String path, String token) throws IOException {
        var download = Api.download(path, token);
        assertThat(download.status()).isEqualTo(200);
        return new XWPFDocument(new ByteArrayInputStream(download.body()));
    }
}
