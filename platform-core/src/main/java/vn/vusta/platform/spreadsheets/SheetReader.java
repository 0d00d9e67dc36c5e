package vn.vusta.platform.spreadsheets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The rows of an uploaded sheet as text, numbered as Excel numbers them; blank rows left out. An .xlsx is
 * streamed (its first sheet; dates as dd/MM/yyyy, numbers as written); a .csv is UTF-8 (with or without a byte
 * order mark) or, failing that, Windows-1258 as Vietnamese Windows saves it, separated by commas or semicolons.
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

    private static final Charset WINDOWS_VIETNAMESE = Charset.isSupported("windows-1258") ? Charset.forName("windows-1258") : null;

    private SheetReader() {
    }

    /** At most {@code limit} rows: beyond them the caller refuses the file anyway. */
    static List<SheetRow> read(SheetFormat format, byte[] content, int limit) throws UnreadableSheetException {
        try {
            return switch (format) {
                case XLSX -> xlsx(content, limit);
                case CSV -> csv(content, limit);
            };
        } catch (IOException | RuntimeException e) {
            throw new UnreadableSheetException(e.getMessage(), e);
        }
    }

    private static List<SheetRow> xlsx(byte[] content, int limit) throws IOException {
        var rows = new ArrayList<SheetRow>();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(content), new ReadingOptions(true, false));
             Stream<Row> stream = workbook.getFirstSheet().openStream()) {
            Iterator<Row> iterator = stream.iterator();
            while (iterator.hasNext() && rows.size() < limit) {
                Row row = iterator.next();
                var cells = new ArrayList<String>(row.getCellCount());
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(Cells.clean(text(row.getCell(i))));
                }
                add(rows, row.getRowNum(), cells);
            }
        }
        return rows;
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

    private static List<SheetRow> csv(byte[] content, int limit) throws IOException {
        String text = decode(content);
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
                var cells = new ArrayList<String>(record.size());
                for (String value : record) {
                    cells.add(Cells.clean(value));
                }
                add(rows, Math.toIntExact(record.getRecordNumber()), cells);
            }
        }
        return rows;
    }

    private static void add(List<SheetRow> rows, int number, List<String> cells) {
        if (cells.stream().anyMatch(cell -> !cell.isEmpty())) {
            rows.add(new SheetRow(number, cells));
        }
    }

    private static String decode(byte[] content) throws CharacterCodingException {
        boolean bom = content.length >= 3 && (content[0] & 0xff) == 0xef && (content[1] & 0xff) == 0xbb && (content[2] & 0xff) == 0xbf;
        ByteBuffer bytes = ByteBuffer.wrap(content, bom ? 3 : 0, content.length - (bom ? 3 : 0));
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes).toString();
        } catch (CharacterCodingException notUtf8) {
            if (bom || WINDOWS_VIETNAMESE == null) {
                throw notUtf8;
            }
            return new String(content, WINDOWS_VIETNAMESE);
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
