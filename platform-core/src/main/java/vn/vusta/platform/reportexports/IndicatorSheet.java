package vn.vusta.platform.reportexports;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.vusta.platform.calendar.VietnamTime;
import vn.vusta.platform.reportingcalendar.PeriodKind;
import vn.vusta.platform.spreadsheets.PrintedSheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** A report's figures as .xlsx: every indicator of the year with the computed, entered and reported value. */
final class IndicatorSheet {

    private static final List<String> HEADINGS = List.of("sheet.code", "sheet.indicator", "sheet.unit", "sheet.computed",
            "sheet.entered", "sheet.reason", "sheet.reported");

    private IndicatorSheet() {
    }

    static ReportFile write(ReportContent report) {
        var bytes = new ByteArrayOutputStream();
        try {
            var workbook = new Workbook(bytes, "VUSTA", "1.0");
            Worksheet sheet = workbook.newWorksheet(Texts.get("sheet.name"));
            String period = PeriodKind.valueOf(report.periodKind()).vietnameseName(report.year());
            int heading = PrintedSheet.titleRows(sheet, Texts.get("sheet.title", period), report.issuingBody(), period,
                    VietnamTime.today());
            for (int c = 0; c < HEADINGS.size(); c++) {
                sheet.inlineString(heading, c, Texts.get(HEADINGS.get(c)));
            }
            sheet.range(heading, 0, heading, HEADINGS.size() - 1).style().bold().wrapText(true).set();
            sheet.freezePane(0, heading + 1);
            PrintedSheet.a4(sheet, true, heading, heading, 0);
            sheet.width(0, 12);
            sheet.width(1, 60);
            sheet.width(2, 14);
            sheet.width(3, 14);
            sheet.width(4, 14);
            sheet.width(5, 40);
            sheet.width(6, 14);
            int row = heading + 1;
            for (ReportContent.Figure figure : report.figures()) {
                sheet.inlineString(row, 0, figure.code());
                sheet.inlineString(row, 1, figure.name());
                sheet.inlineString(row, 2, figure.unit());
                PrintedSheet.number(sheet, row, 3, figure.computed());
                PrintedSheet.number(sheet, row, 4, figure.entered());
                if (figure.reason() != null) {
                    sheet.inlineString(row, 5, figure.reason());
                }
                PrintedSheet.number(sheet, row, 6, figure.reported());
                row++;
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ReportFile(report.fileName("chi-tieu", "xlsx"), ReportFile.XLSX, bytes.toByteArray());
    }
}
