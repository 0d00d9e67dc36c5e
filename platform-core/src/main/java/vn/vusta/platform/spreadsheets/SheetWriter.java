package vn.vusta.platform.spreadsheets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows written as they come, to an .xlsx (text cells inline, so nothing accumulates) or a CSV in UTF-8 with a
 * byte order mark. Every text that starts with =, +, -, @, a tab or a return is written behind a quote, so that
 * no spreadsheet program runs it as a formula; imports take the quote off again.
 */
abstract sealed class SheetWriter implements AutoCloseable {

    static SheetWriter of(SheetFormat format, OutputStream out, String sheetName, List<String> headings) throws IOException {
        SheetWriter writer = switch (format) {
            case XLSX -> new Xlsx(out, sheetName);
            case CSV -> new Csv(out);
        };
        writer.headings(headings);
        return writer;
    }

    /** A row of values: text, numbers, or null for an empty cell. */
    abstract void row(List<?> values) throws IOException;

    abstract void headings(List<String> headings) throws IOException;

    @Override
    public abstract void close() throws IOException;

    private static final class Xlsx extends SheetWriter {

        /** Rows between flushes of the sheet to the stream. */
        private static final int FLUSH_EVERY = 1000;

        private final Workbook workbook;
        private final Worksheet sheet;
        private int row;

        Xlsx(OutputStream out, String sheetName) {
            workbook = new Workbook(out, "VUSTA", "1.0");
            // Fast over small: a list of 100.000 members compresses in a fraction of the time, a third larger.
            workbook.setCompressionLevel(1);
            sheet = workbook.newWorksheet(sheetName);
        }

        @Override
        void headings(List<String> headings) throws IOException {
            row(headings);
            sheet.range(0, 0, 0, headings.size() - 1).style().bold().set();
            sheet.freezePane(0, 1);
        }

        @Override
        void row(List<?> values) throws IOException {
            for (int column = 0; column < values.size(); column++) {
                Object value = values.get(column);
                if (value instanceof Number number) {
                    sheet.value(row, column, number);
                } else if (value != null && !value.toString().isEmpty()) {
                    sheet.inlineString(row, column, Cells.harmless(value.toString()));
                }
            }
            if (++row % FLUSH_EVERY == 0) {
                sheet.flush();
            }
        }

        @Override
        public void close() throws IOException {
            sheet.finish();
            workbook.finish();
        }
    }

    private static final class Csv extends SheetWriter {

        private final CSVPrinter printer;

        Csv(OutputStream out) throws IOException {
            out.write(new byte[]{(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
            printer = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16),
                    CSVFormat.EXCEL);
        }

        @Override
        void headings(List<String> headings) throws IOException {
            row(headings);
        }

        @Override
        void row(List<?> values) throws IOException {
            var cells = new ArrayList<String>(values.size());
            for (Object value : values) {
                cells.add(value == null ? "" : value instanceof Number ? value.toString() : Cells.harmless(value.toString()));
            }
            printer.printRecord(cells);
        }

        @Override
        public void close() throws IOException {
            printer.flush();
        }
    }
}
