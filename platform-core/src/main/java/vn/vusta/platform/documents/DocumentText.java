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

    /** A bordered table; when headed, its first row holds the column headings in bold. */
    void table(List<DocumentBlock.Column> columns, List<List<String>> rows, boolean headed) {
        if (columns.isEmpty()) {
            return;
        }
        int first = headed ? 1 : 0;
        XWPFTable table = docx.createTable(rows.size() + first, columns.size());
        List<Integer> widths = AdministrativeDocuments.widths(columns);
        fixedColumns(table, widths);
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
                String value = c < rows.get(r).size() ? rows.get(r).get(c) : "";
                cell(row.getCell(c), value,
                        columns.get(c).numeric() ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT, false);
            }
        }
        spaced(docx.createParagraph());
    }

    /** The table as wide as the text, its columns of fixed widths (twips), so neither Word nor LibreOffice reflows it. */
    static void fixedColumns(XWPFTable table, List<Integer> widths) {
        table.setWidth(AdministrativeDocuments.TEXT_WIDTH);
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
