package vn.vusta.platform.documents;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The body of a document: paragraphs justified with a first-line indent, headings, tables. */
final class DocumentText {

    static final String FONT = "Times New Roman";
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    /** The decree: first line indented 1–1.27 cm, at least 6 pt between paragraphs, lines single to 1.5. */
    private static final int FIRST_LINE_INDENT = 567;
    private static final int PARAGRAPH_SPACING = 120;
    private static final double LINE_SPACING = 1.15;
    private static final int TABLE_SIZE = 12;
    /** Word's default cell margins, 0,19 cm each side, and a point to spare for rounding. */
    private static final int CELL_MARGINS = 2 * 108 + 20;
    /** A text column (the province's name, the indicator) is never narrower than 35 mm. */
    private static final int TEXT_COLUMN_MINIMUM = 1984;

    private final XWPFDocument docx;

    DocumentText(XWPFDocument docx) {
        this.docx = docx;
    }

    void add(DocumentBlock block) {
        switch (block) {
            case DocumentBlock.Heading(String text) -> run(heading(), text, AdministrativeDocuments.BODY_SIZE, true, false, false);
            case DocumentBlock.Subheading(String text) -> run(heading(), text, AdministrativeDocuments.BODY_SIZE, true, false, false);
            case DocumentBlock.Paragraph(String text) -> run(paragraph(), text, AdministrativeDocuments.BODY_SIZE, false, false, false);
            case DocumentBlock.RichText(String html) -> RichText.write(html, this);
            case DocumentBlock.Table table -> table(table.columns(), table.rows(), true);
        }
    }

    /** A paragraph of the body: justified, its first line indented. */
    XWPFParagraph paragraph() {
        XWPFParagraph paragraph = spaced(docx.createParagraph());
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        paragraph.setIndentationFirstLine(FIRST_LINE_INDENT);
        return paragraph;
    }

    /**
     * The rest of a justified paragraph after a line break (a {@code <br>} of the editor): a paragraph of its own,
     * not indented and not spaced, so the line before the break ends a paragraph and is not stretched to the margin.
     */
    XWPFParagraph continuation(XWPFParagraph broken) {
        XWPFParagraph paragraph = docx.createParagraph();
        paragraph.setAlignment(broken.getAlignment());
        paragraph.setSpacingBefore(0);
        paragraph.setSpacingAfter(0);
        paragraph.setSpacingBetween(LINE_SPACING);
        paragraph.setIndentationLeft(Math.max(0, broken.getIndentationLeft()));
        return paragraph;
    }

    /** A heading inside the body: indented like a paragraph, not justified. */
    XWPFParagraph heading() {
        XWPFParagraph paragraph = spaced(docx.createParagraph());
        paragraph.setIndentationFirstLine(FIRST_LINE_INDENT);
        paragraph.setKeepNext(true);
        return paragraph;
    }

    /** An item of a list, its marker hanging in the indent. */
    XWPFParagraph listItem(int depth) {
        XWPFParagraph paragraph = spaced(docx.createParagraph());
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        paragraph.setIndentationLeft(FIRST_LINE_INDENT * depth);
        return paragraph;
    }

    /**
     * A bordered table; when headed, its first row holds the column headings in bold, repeated on every page. A
     * numeric column is at least as wide as its widest figure (and its heading's widest word), so no number breaks
     * inside its cell; the text columns share what is left. When the figures need more than the page's width, the
     * table is written as several, each with the text columns and as many numeric columns as fit.
     */
    void table(List<DocumentBlock.Column> columns, List<List<String>> rows, boolean headed) {
        if (columns.isEmpty()) {
            return;
        }
        var numeric = new ArrayList<Integer>();
        var text = new ArrayList<Integer>();
        for (int c = 0; c < columns.size(); c++) {
            (columns.get(c).numeric() ? numeric : text).add(c);
        }
        int textMinimum = text.stream().mapToInt(c -> Math.max(TEXT_COLUMN_MINIMUM,
                needed(columns.get(c).heading(), rows, c, false))).sum();
        var part = new ArrayList<Integer>();
        int partWidth = textMinimum;
        for (int c : numeric) {
            int width = needed(columns.get(c).heading(), rows, c, true);
            if (!part.isEmpty() && partWidth + width > AdministrativeDocuments.TEXT_WIDTH) {
                part(columns, rows, headed, text, part);
                part = new ArrayList<>();
                partWidth = textMinimum;
            }
            part.add(c);
            partWidth += width;
        }
        part(columns, rows, headed, text, part);
    }

    /** One table of the text columns and the numeric columns {@code numeric}, in the columns' order. */
    private void part(List<DocumentBlock.Column> all, List<List<String>> rows, boolean headed, List<Integer> text,
                      List<Integer> numeric) {
        var indexes = new ArrayList<Integer>(text);
        indexes.addAll(numeric);
        indexes.sort(Integer::compare);
        var columns = indexes.stream().map(all::get).toList();
        int first = headed ? 1 : 0;
        XWPFTable table = docx.createTable(rows.size() + first, columns.size());
        fixedColumns(table, widths(all, rows, indexes));
        if (headed) {
            XWPFTableRow header = table.getRow(0);
            header.setRepeatHeader(true);
            for (int c = 0; c < columns.size(); c++) {
                cell(header.getCell(c), columns.get(c).heading(), ParagraphAlignment.CENTER, true);
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r + first);
            row.setCantSplitRow(true);
            for (int c = 0; c < columns.size(); c++) {
                int index = indexes.get(c);
                String value = index < rows.get(r).size() ? rows.get(r).get(index) : "";
                cell(row.getCell(c), value,
                        columns.get(c).numeric() ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT, false);
            }
        }
        spaced(docx.createParagraph());
    }

    /**
     * The columns' widths (twips) filling the text width: numeric columns what their figures need, or their share
     * where that is more; text columns the rest, by their shares.
     */
    private static List<Integer> widths(List<DocumentBlock.Column> all, List<List<String>> rows, List<Integer> indexes) {
        int shares = indexes.stream().mapToInt(c -> all.get(c).width()).sum();
        int numericWidth = 0;
        int textShares = 0;
        var widths = new ArrayList<Integer>();
        for (int c : indexes) {
            DocumentBlock.Column column = all.get(c);
            int share = AdministrativeDocuments.TEXT_WIDTH * column.width() / Math.max(1, shares);
            if (column.numeric()) {
                int width = Math.max(share, needed(column.heading(), rows, c, true));
                widths.add(width);
                numericWidth += width;
            } else {
                widths.add(0);
                textShares += column.width();
            }
        }
        int rest = Math.max(0, AdministrativeDocuments.TEXT_WIDTH - numericWidth);
        for (int i = 0; i < indexes.size(); i++) {
            DocumentBlock.Column column = all.get(indexes.get(i));
            if (!column.numeric()) {
                widths.set(i, rest * column.width() / Math.max(1, textShares));
            }
        }
        return widths;
    }

    /**
     * The width (twips) a column needs: a numeric one its widest figure on one line, a text one its widest word;
     * and its heading's widest word, in bold; plus the cell's margins.
     */
    private static int needed(String heading, List<List<String>> rows, int column, boolean numeric) {
        double widest = TextWidth.widestWord(heading == null ? "" : heading, TABLE_SIZE, true);
        for (List<String> row : rows) {
            if (column < row.size() && row.get(column) != null) {
                String value = row.get(column);
                widest = Math.max(widest, numeric ? TextWidth.of(value, TABLE_SIZE, false)
                        : TextWidth.widestWord(value, TABLE_SIZE, false));
            }
        }
        return (int) Math.ceil(widest * 20) + CELL_MARGINS;
    }

    /** The table as wide as the text, its columns of fixed widths (twips), so neither Word nor LibreOffice reflows it. */
    static void fixedColumns(XWPFTable table, List<Integer> widths) {
        table.setWidth(widths.stream().mapToInt(Integer::intValue).sum());
        table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        widths.forEach(width -> grid.addNewGridCol().setW(BigInteger.valueOf(width)));
        for (XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < widths.size() && c < row.getTableCells().size(); c++) {
                row.getCell(c).setWidth(String.valueOf(widths.get(c)));
            }
        }
    }

    private static void cell(XWPFTableCell cell, String text, ParagraphAlignment alignment, boolean bold) {
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        XWPFParagraph paragraph = cell.getParagraphs().getFirst();
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(0);
        run(paragraph, text == null ? "" : text, TABLE_SIZE, bold, false, false);
    }

    private static XWPFParagraph spaced(XWPFParagraph paragraph) {
        paragraph.setSpacingBefore(PARAGRAPH_SPACING);
        paragraph.setSpacingAfter(0);
        paragraph.setSpacingBetween(LINE_SPACING);
        return paragraph;
    }

    static XWPFRun run(XWPFParagraph paragraph, String text, int size, boolean bold, boolean italic, boolean underline) {
        return style(paragraph.createRun(), text, size, bold, italic, underline);
    }

    static XWPFRun style(XWPFRun run, String text, int size, boolean bold, boolean italic, boolean underline) {
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setUnderline(AdministrativeDocuments.underline(underline));
        run.setText(text);
        return run;
    }
}
