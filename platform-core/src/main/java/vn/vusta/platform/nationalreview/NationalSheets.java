package vn.vusta.platform.nationalreview;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;
import vn.vusta.platform.reportingcalendar.Indicator;
import vn.vusta.platform.reportingcalendar.PeriodKind;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import vn.vusta.platform.calendar.VietnamTime;
import vn.vusta.platform.spreadsheets.PrintedSheet;

/**
 * The national table and the aggregate as .xlsx, in Vietnamese (the national union's working language): province
 * rows grouped by cluster with the cluster's subtotal, national totals at the bottom.
 */
@Component
public class NationalSheets {

    private static final String NATIONAL_UNION = "Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam";
    private static final Map<ReportProgress, String> PROGRESS = new EnumMap<>(Map.of(
            ReportProgress.NOT_STARTED, "Chưa lập", ReportProgress.DRAFT, "Dự thảo",
            ReportProgress.SUBMITTED, "Trình Ban Thường vụ", ReportProgress.APPROVED, "Đã thông qua",
            ReportProgress.SENT, "Đã gửi", ReportProgress.ACCEPTED, "Đã tiếp nhận", ReportProgress.RETURNED, "Trả lại"));
    private static final Map<PeriodKind, String> KINDS = new EnumMap<>(Map.of(
            PeriodKind.Q1, "Quý I", PeriodKind.Q2, "Quý II", PeriodKind.Q3, "Quý III", PeriodKind.Q4, "Quý IV",
            PeriodKind.H1, "6 tháng", PeriodKind.M9, "9 tháng", PeriodKind.M10, "10 tháng", PeriodKind.YEAR, "Năm"));

    /** "6 tháng 2021". */
    public static String periodName(PeriodKind kind, int year) {
        return KINDS.get(kind) + " " + year;
    }

    /**
     * The table; with the year-earlier figures, each indicator also gets its previous value and change, in every row
     * (the accepted reports' row too, its year-earlier cells left empty: the accepted reports of a year earlier are
     * not what the table compares).
     */
    public void table(NationalTable table, boolean withPrevious, OutputStream out) throws IOException {
        boolean previous = withPrevious && table.previousPeriod() != null;
        var headings = new ArrayList<String>(List.of("Cụm / Tỉnh, thành phố", "Trạng thái", "Ngày gửi"));
        for (Indicator indicator : table.indicators()) {
            headings.add(indicator.code() + " " + indicator.name() + " (" + indicator.unit() + ")");
            if (previous) {
                headings.add(indicator.code() + " cùng kỳ " + table.previousPeriod().year());
                headings.add(indicator.code() + " tăng (giảm)");
            }
        }
        var workbook = new Workbook(out, "VUSTA", "1.0");
        Worksheet sheet = workbook.newWorksheet("Bảng chỉ tiêu");
        String period = periodName(table.period().kind(), table.period().year());
        int row = PrintedSheet.titleRows(sheet, "Bảng chỉ tiêu các tỉnh, thành phố — " + period, NATIONAL_UNION, period,
                VietnamTime.today());
        int headingRow = row;
        writeRow(sheet, row, headings);
        sheet.range(row, 0, row, headings.size() - 1).style().bold().wrapText(true).verticalAlignment("center").set();
        sheet.freezePane(1, row + 1);
        PrintedSheet.a4(sheet, true, headingRow, headingRow, 1);
        row++;
        for (ClusterRows cluster : table.clusters()) {
            sheet.inlineString(row, 0, cluster.name() == null ? "Chưa xếp cụm" : cluster.name());
            sheet.style(row, 0).bold().set();
            row++;
            for (TableRow r : cluster.rows()) {
                ProvinceStatus s = r.status();
                writeRow(sheet, row, List.of(s.province().merged()
                        ? "    " + s.province().name() + " (nay thuộc " + s.province().partOfName() + ")"
                        : s.province().name(), PROGRESS.get(s.status())));
                PrintedSheet.date(sheet, row, 2, s.sentOn());
                figures(sheet, row, table, previous, r.values(), r.previous());
                row++;
            }
            writeRow(sheet, row, List.of("Cộng " + (cluster.name() == null ? "chưa xếp cụm" : cluster.name())));
            figures(sheet, row, table, previous, cluster.subtotals(), cluster.previousSubtotals());
            sheet.range(row, 0, row, headings.size() - 1).style().italic().set();
            row++;
        }
        writeRow(sheet, row, List.of("Tổng cộng (báo cáo đã gửi)"));
        figures(sheet, row, table, previous, table.totals(), table.previousTotals());
        sheet.range(row, 0, row, headings.size() - 1).style().bold().set();
        row++;
        writeRow(sheet, row, List.of("Trong đó: báo cáo đã tiếp nhận"));
        figures(sheet, row, table, previous, table.acceptedTotals(), null);
        sheet.width(0, 40);
        sheet.width(1, 16);
        sheet.width(2, 12);
        for (int column = 3; column < headings.size(); column++) {
            sheet.width(column, 14);
        }
        sheet.finish();
        workbook.finish();
    }

    /** The aggregate: each indicator's total over the accepted reports, then who is included and who is missing. */
    public void aggregate(NationalAggregate aggregate, OutputStream out) throws IOException {
        var workbook = new Workbook(out, "VUSTA", "1.0");
        Worksheet sheet = workbook.newWorksheet("Tổng hợp");
        String period = periodName(aggregate.period().kind(), aggregate.period().year());
        int row = PrintedSheet.titleRows(sheet, "Tổng hợp kết quả hoạt động các Liên hiệp hội tỉnh, thành phố — " + period,
                NATIONAL_UNION, period, VietnamTime.today());
        int headingRow = row;
        writeRow(sheet, row, List.of("Mã", "Chỉ tiêu", "Đơn vị tính", "Tổng số", "Số tỉnh có số liệu"));
        sheet.range(row, 0, row, 4).style().bold().wrapText(true).set();
        PrintedSheet.a4(sheet, false, headingRow, headingRow, 0);
        row++;
        for (NationalAggregate.Line line : aggregate.lines()) {
            writeRow(sheet, row, List.of(line.indicator().code(), line.indicator().name(), line.indicator().unit()));
            PrintedSheet.number(sheet, row, 3, line.total());
            PrintedSheet.number(sheet, row, 4, BigDecimal.valueOf(line.provinces()));
            row++;
        }
        row++;
        writeRow(sheet, row++, List.of("Số báo cáo đã tiếp nhận", aggregate.included().size() + "/" + aggregate.expected()));
        writeRow(sheet, row++, List.of("Đã tiếp nhận", names(aggregate.included())));
        writeRow(sheet, row, List.of("Chưa có báo cáo được tiếp nhận", names(aggregate.missing())));
        sheet.width(0, 10);
        sheet.width(1, 60);
        sheet.width(2, 14);
        sheet.width(3, 14);
        sheet.width(4, 12);
        sheet.finish();
        workbook.finish();
    }

    private static String names(List<Province> provinces) {
        return provinces.stream().map(Province::name).collect(Collectors.joining(", "));
    }

    /**
     * From column 3 on: per indicator its value, then (with the year-earlier figures) the value a year earlier and the
     * change; {@code before} null leaves those two cells empty but keeps their columns.
     */
    private static void figures(Worksheet sheet, int row, NationalTable table, boolean previous,
                                Map<String, BigDecimal> values, Map<String, BigDecimal> before) {
        int column = 3;
        for (Indicator indicator : table.indicators()) {
            PrintedSheet.number(sheet, row, column++, values.get(indicator.code()));
            if (previous) {
                if (before != null) {
                    PrintedSheet.number(sheet, row, column, before.get(indicator.code()));
                    PrintedSheet.number(sheet, row, column + 1,
                            NationalTable.difference(values.get(indicator.code()), before.get(indicator.code())));
                }
                column += 2;
            }
        }
    }

    private static void writeRow(Worksheet sheet, int row, List<?> values) {
        for (int column = 0; column < values.size(); column++) {
            Object value = values.get(column);
            if (value instanceof BigDecimal number) {
                PrintedSheet.number(sheet, row, column, number);
            } else if (value != null && !value.toString().isEmpty()) {
                // Names come from the national union's own data; a leading = or + still must not run as a formula.
                String text = value.toString();
                sheet.inlineString(row, column, "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text);
            }
        }
    }
}
