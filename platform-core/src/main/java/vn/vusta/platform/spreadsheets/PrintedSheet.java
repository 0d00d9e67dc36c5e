package vn.vusta.platform.spreadsheets;

import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Worksheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * What a sheet the national union prints needs (issue 18): title rows saying whose figures, of which period and
 * when exported; numbers in the built-in format {@code #,##0} (Excel and LibreOffice show 30.108 in a Vietnamese
 * locale, 30,108 in an English one: the separator is the reader's, never typed into the cell); dates as dates shown
 * dd/mm/yyyy; A4, as wide as the page, the headings' rows and the name column printed on every page.
 */
public final class PrintedSheet {

    /** Built-in number format 3: thousands grouped, no decimals. */
    public static final String WHOLE = "#,##0";
    /** Built-in number format 4, for figures with decimals (rates, averages). */
    public static final String DECIMAL = "#,##0.00";
    public static final String DATE = "dd/mm/yyyy";
    private static final DateTimeFormatter EXPORTED = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private PrintedSheet() {
    }

    /**
     * The title rows from row 0: the title in bold, then "Đơn vị: …", "Kỳ báo cáo: …" and "Ngày xuất: dd/mm/yyyy";
     * returns the next free row (one left blank before the headings).
     */
    public static int titleRows(Worksheet sheet, String title, String union, String period, LocalDate exportedOn) {
        sheet.inlineString(0, 0, title);
        sheet.style(0, 0).bold().fontSize(13).set();
        sheet.inlineString(1, 0, "Đơn vị: " + union);
        sheet.inlineString(2, 0, "Kỳ báo cáo: " + period);
        sheet.inlineString(3, 0, "Ngày xuất: " + exportedOn.format(EXPORTED));
        return 5;
    }

    /**
     * A4, fit to one page wide (as many pages down as it takes), the heading rows {@code firstHeading..lastHeading}
     * and the first {@code columns} columns repeated on every printed page.
     */
    public static void a4(Worksheet sheet, boolean landscape, int firstHeading, int lastHeading, int columns) {
        sheet.paperSize(PaperSize.A4_PAPER);
        sheet.pageOrientation(landscape ? "landscape" : "portrait");
        sheet.setFitToPage(true);
        sheet.fitToWidth((short) 1);
        sheet.fitToHeight((short) 0);
        sheet.repeatRows(firstHeading, lastHeading);
        if (columns > 0) {
            sheet.repeatCols(0, columns - 1);
        }
    }

    /** A figure as a number cell in {@link #WHOLE}, or {@link #DECIMAL} when it has decimals; nothing for null. */
    public static void number(Worksheet sheet, int row, int column, BigDecimal value) {
        if (value == null) {
            return;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        // 3500, not 3.5E+3: what BigDecimal.toString gives a stripped 3500 is valid XML, yet not every reader takes it.
        BigDecimal plain = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        sheet.value(row, column, plain);
        sheet.style(row, column).format(plain.scale() > 0 ? DECIMAL : WHOLE).set();
    }

    /** A date as a date cell shown dd/mm/yyyy; nothing for null. */
    public static void date(Worksheet sheet, int row, int column, LocalDate value) {
        if (value != null) {
            sheet.value(row, column, value);
            sheet.style(row, column).format(DATE).set();
        }
    }
}
