package vn.vusta.platform.nationalreview;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;
import vn.vusta.platform.reportingcalendar.Indicator;
import vn.vusta.platform.reportingcalendar.PeriodKind;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import vn.vusta.platform.calendar.VietnamTime;

/**
 * The national table and the aggregate as .xlsx, in Vietnamese (the national union's working language): province
 * rows grouped by cluster with the cluster's subtotal, national totals at the bottom.
 */
@Component
public class NationalSheets {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
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

    /** The table; with the year-earlier figures, each indicator also gets its previous value and change. */
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
        int row = 0;
        sheet.inlineString(row++, 0, "Bảng chỉ tiêu các tỉnh, thành phố — " + periodName(table.period().kind(), table.period().year()));
        sheet.range(0, 0, 0, 0).style().bold().set();
        writeRow(sheet, row, headings);
        sheet.range(row, 0, row, headings.size() - 1).style().bold().wrapText(true).set();
        sheet.freezePane(1, row + 1);
        row++;
        for (ClusterRows cluster : table.clusters()) {
            sheet.inlineString(row, 0, cluster.name() == null ? "Chưa xếp cụm" : cluster.name());
            sheet.range(row, 0, row, 0).style().bold().set();
            row++;
            for (TableRow r : cluster.rows()) {
                ProvinceStatus s = r.status();
                var cells = new ArrayList<Object>();
                cells.add(s.province().merged() ? "    " + s.province().name() + " (nay thuộc " + s.province().partOfName() + ")"
                        : s.province().name());
                cells.add(PROGRESS.get(s.status()));
                cells.add(s.sentAt() == null ? null : s.sentAt().atZoneSameInstant(VietnamTime.ZONE).format(DATE));
                figures(cells, table, previous, r.values(), r.previous());
                writeRow(sheet, row++, cells);
            }
            var subtotal = new ArrayList<Object>(List.of("Cộng " + (cluster.name() == null ? "chưa xếp cụm" : cluster.name()), "", ""));
            figures(subtotal, table, previous, cluster.subtotals(), cluster.previousSubtotals());
            writeRow(sheet, row, subtotal);
            sheet.range(row, 0, row, headings.size() - 1).style().italic().set();
            row++;
        }
        var totals = new ArrayList<Object>(List.of("Tổng cộng (báo cáo đã gửi)", "", ""));
        figures(totals, table, previous, table.totals(), table.previousTotals());
        writeRow(sheet, row, totals);
        sheet.range(row, 0, row, headings.size() - 1).style().bold().set();
        row++;
        var accepted = new ArrayList<Object>(List.of("Trong đó: báo cáo đã tiếp nhận", "", ""));
        figures(accepted, table, false, table.acceptedTotals(), Map.of());
        writeRow(sheet, row, accepted);
        sheet.width(0, 40);
        sheet.finish();
        workbook.finish();
    }

    /** The aggregate: each indicator's total over the accepted reports, then who is included and who is missing. */
    public void aggregate(NationalAggregate aggregate, OutputStream out) throws IOException {
        var workbook = new Workbook(out, "VUSTA", "1.0");
        Worksheet sheet = workbook.newWorksheet("Tổng hợp");
        int row = 0;
        sheet.inlineString(row++, 0, "Tổng hợp kết quả hoạt động các Liên hiệp hội tỉnh, thành phố — "
                + periodName(aggregate.period().kind(), aggregate.period().year()));
        sheet.range(0, 0, 0, 0).style().bold().set();
        writeRow(sheet, row, List.of("Mã", "Chỉ tiêu", "Đơn vị tính", "Tổng số", "Số tỉnh có số liệu"));
        sheet.range(row, 0, row, 4).style().bold().set();
        row++;
        for (NationalAggregate.Line line : aggregate.lines()) {
            writeRow(sheet, row++, List.of(line.indicator().code(), line.indicator().name(), line.indicator().unit(),
                    line.total() == null ? "" : line.total(), line.provinces()));
        }
        row++;
        writeRow(sheet, row++, List.of("Số báo cáo đã tiếp nhận", aggregate.included().size() + "/" + aggregate.expected()));
        writeRow(sheet, row++, List.of("Đã tiếp nhận", names(aggregate.included())));
        writeRow(sheet, row, List.of("Chưa có báo cáo được tiếp nhận", names(aggregate.missing())));
        sheet.width(1, 60);
        sheet.finish();
        workbook.finish();
    }

    private static String names(List<Province> provinces) {
        return provinces.stream().map(Province::name).collect(Collectors.joining(", "));
    }

    private static void figures(List<Object> cells, NationalTable table, boolean previous, Map<String, BigDecimal> values,
                                Map<String, BigDecimal> before) {
        for (Indicator indicator : table.indicators()) {
            cells.add(values.get(indicator.code()));
            if (previous) {
                cells.add(before.get(indicator.code()));
                cells.add(NationalTable.difference(values.get(indicator.code()), before.get(indicator.code())));
            }
        }
    }

    private static void writeRow(Worksheet sheet, int row, List<?> values) {
        for (int column = 0; column < values.size(); column++) {
            Object value = values.get(column);
            if (value instanceof Number number) {
                sheet.value(row, column, number);
            } else if (value != null && !value.toString().isEmpty()) {
                // Names come from the national union's own data; a leading = or + still must not run as a formula.
                String text = value.toString();
                sheet.inlineString(row, column, "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text);
            }
        }
    }
}
