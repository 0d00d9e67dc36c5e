package vn.vusta.platform.spreadsheets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The rows of an uploaded sheet as text, numbered as Excel numbers them; blank rows left out; every row and cell
 * within {@link SheetLimits}. An .xlsx is streamed (its first visible sheet; dates as dd/MM/yyyy, numbers as
 * written); a .csv is decoded as {@link CsvEncoding} tells from its bytes, separated by commas or semicolons.
 */
final class SheetReader {

    /** A row of the sheet: its number as Excel shows it, its cells as text (never null). */
    record SheetRow(int number, List<String> cells) {

        String cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index) : "";
        }
    }

    /** The file cannot be read as the format it claims. */
    static final class UnreadableSheetException extends Exception {

        UnreadableSheetException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private SheetReader() {
    }

    /** At most {@code limit} rows: beyond them the caller refuses the file anyway. */
    static List<SheetRow> read(SheetFormat format, byte[] content, int limit, SheetLimits limits)
            throws UnreadableSheetException, SheetLimits.LimitExceededException, CsvEncoding.DamagedTextException {
        SheetLimits.Deadline deadline = limits.deadline();
        try {
            return switch (format) {
                case XLSX -> xlsx(content, limit, limits, deadline);
                case CSV -> csv(content, limit, limits, deadline);
            };
        } catch (IOException | RuntimeException e) {
            throw new UnreadableSheetException(e.getMessage(), e);
        }
    }

    private static List<SheetRow> xlsx(byte[] content, int limit, SheetLimits limits, SheetLimits.Deadline deadline)
            throws IOException, SheetLimits.LimitExceededException {
        limits.checkZip(content, deadline);
        var rows = new ArrayList<SheetRow>();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(content), new ReadingOptions(true, false));
             Stream<Row> stream = firstVisible(workbook).openStream()) {
            Iterator<Row> iterator = stream.iterator();
            while (iterator.hasNext() && rows.size() < limit) {
                Row row = iterator.next();
                var cells = new ArrayList<String>(row.getCellCount());
                for (int i = 0; i < row.getCellCount(); i++) {
                    String text = text(row.getCell(i));
                    limits.checkCell(row.getRowNum(), i, text);
                    cells.add(Cells.clean(text));
                }
                add(rows, row.getRowNum(), cells, limits, deadline);
            }
        }
        return rows;
    }

    /** A hidden first sheet is an old list or a lookup table kept out of sight, not the one the user means. */
    private static Sheet firstVisible(ReadableWorkbook workbook) {
        return workbook.getSheets().filter(sheet -> sheet.getVisibility() == SheetVisibility.VISIBLE).findFirst()
                .orElseGet(workbook::getFirstSheet);
    }

    /** The number of the last row read with something in it; 0 before the first. */
    private static int last(List<SheetRow> rows) {
        return rows.isEmpty() ? 0 : rows.getLast().number();
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case STRING -> cell.asString();
            case NUMBER -> isDate(cell) ? Cells.date(cell.asDate().toLocalDate()) : plain(cell.asNumber());
            case BOOLEAN -> String.valueOf(cell.asBoolean());
            case FORMULA -> cell.getRawValue() == null ? "" : cell.getRawValue();
            case ERROR, EMPTY -> "";
        };
    }

    /** 1968, not 1968.0 nor 1.968E3. */
    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    /** Excel keeps a date as a number with a date format: one of the built-in ones or one with d, m or y. */
    private static boolean isDate(Cell cell) {
        Integer id = cell.getDataFormatId();
        if (id != null && ((id >= 14 && id <= 22) || (id >= 45 && id <= 47))) {
            return true;
        }
        String format = cell.getDataFormatString();
        if (format == null) {
            return false;
        }
        // Literal text ("..."), colours and conditions ([Red]) say nothing of dates.
        String bare = format.replaceAll("\"[^\"]*\"|\\[[^]]*]", "").toLowerCase();
        return bare.contains("d") || bare.contains("y") || (bare.contains("m") && !bare.contains("0"));
    }

    private static List<SheetRow> csv(byte[] content, int limit, SheetLimits limits, SheetLimits.Deadline deadline)
            throws IOException, SheetLimits.LimitExceededException, CsvEncoding.DamagedTextException {
        String text = CsvEncoding.decode(content);
        var format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter(text))
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true)
                .get();
        var rows = new ArrayList<SheetRow>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                if (rows.size() >= limit) {
                    break;
                }
                int number = Math.toIntExact(record.getRecordNumber());
                var cells = new ArrayList<String>(record.size());
                for (int i = 0; i < record.size(); i++) {
                    limits.checkCell(number, i, record.get(i));
                    cells.add(Cells.clean(record.get(i)));
                }
                add(rows, number, cells, limits, deadline);
            }
        }
        return rows;
    }

    /** Formatted but empty rows and cells, which Excel keeps far down and right, pass no limit. */
    private static void add(List<SheetRow> rows, int number, List<String> cells, SheetLimits limits,
                            SheetLimits.Deadline deadline) throws SheetLimits.LimitExceededException {
        deadline.check();
        int width = cells.size();
        while (width > 0 && cells.get(width - 1).isEmpty()) {
            width--;
        }
        if (width > 0) {
            limits.checkRow(number, last(rows), width);
            rows.add(new SheetRow(number, width == cells.size() ? cells : List.copyOf(cells.subList(0, width))));
        }
    }

    /**
     * Excel writes semicolons where the decimal mark is a comma (as in Vietnamese settings), commas elsewhere;
     * the first lines (a title, then the headings) tell which.
     */
    private static char delimiter(String text) {
        String head = text.lines().limit(10).reduce("", (a, b) -> a + b);
        long semicolons = head.chars().filter(c -> c == ';').count();
        long commas = head.chars().filter(c -> c == ',').count();
        long tabs = head.chars().filter(c -> c == '\t').count();
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }
}
