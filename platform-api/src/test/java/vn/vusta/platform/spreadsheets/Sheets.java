package vn.vusta.platform.spreadsheets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Spreadsheets as a province would send them, and read back. */
public final class Sheets {

    private Sheets() {
    }

    /** A CSV as Excel saves it: the given separator, optionally a UTF-8 byte order mark, CRLF lines. */
    public static byte[] csv(char separator, boolean bom, List<List<String>> rows) {
        var out = new StringBuilder(bom ? "\ufeff" : "");
        for (List<String> row : rows) {
            var cells = new ArrayList<String>();
            for (String cell : row) {
                boolean quote = cell.indexOf(separator) >= 0 || cell.contains("\"") || cell.contains("\n");
                cells.add(quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
            }
            out.append(String.join(String.valueOf(separator), cells)).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** An .xlsx: text, numbers, and dates as Excel keeps them (numbers with a date format). */
    public static byte[] xlsx(List<List<Object>> rows) throws IOException {
        var out = new ByteArrayOutputStream();
        var workbook = new Workbook(out, "Test", "1.0");
        Worksheet sheet = workbook.newWorksheet("Danh sách");
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                Object value = rows.get(r).get(c);
                switch (value) {
                    case null -> {
                    }
                    case Number number -> sheet.value(r, c, number);
                    case LocalDate date -> {
                        sheet.value(r, c, date);
                        sheet.style(r, c).format("dd/mm/yyyy").set();
                    }
                    default -> sheet.value(r, c, value.toString());
                }
            }
        }
        workbook.finish();
        return out.toByteArray();
    }

    public static List<List<String>> readCsv(byte[] content) throws IOException {
        String text = new String(content, StandardCharsets.UTF_8);
        try (var parser = CSVParser.parse(new StringReader(text.startsWith("\ufeff") ? text.substring(1) : text), CSVFormat.EXCEL)) {
            return parser.stream().map(CSVRecord::toList).toList();
        }
    }

    public static List<List<String>> readXlsx(byte[] content) throws IOException {
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
             Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            return rows.map(row -> {
                var cells = new ArrayList<String>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(row.getCellText(i));
                }
                return (List<String>) cells;
            }).toList();
        }
    }
}
