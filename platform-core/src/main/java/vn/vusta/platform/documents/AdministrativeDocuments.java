package vn.vusta.platform.documents;

import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

/**
 * Writes an {@link AdministrativeDocument} as .docx in the layout of Decree 30/2020/NĐ-CP (Appendix I): A4, Times
 * New Roman, margins top and bottom 20 mm, left 30 mm, right 15 mm; the header and the closing as borderless
 * two-column tables, so Word and LibreOffice keep the columns side by side.
 */
@Component
public class AdministrativeDocuments {

    /** Twentieths of a point per millimetre. */
    private static final double TWIPS_PER_MM = 1440 / 25.4;
    private static final int PAGE_WIDTH = 11906;
    private static final int PAGE_HEIGHT = 16838;
    private static final int MARGIN_TOP = mm(20);
    private static final int MARGIN_BOTTOM = mm(20);
    private static final int MARGIN_LEFT = mm(30);
    private static final int MARGIN_RIGHT = mm(15);
    static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    /** The decree's sizes: body 13–14, header lines 12–13, recipients 11–12. */
    static final int BODY_SIZE = 14;
    private static final int HEADER_SIZE = 13;
    private static final int BODY_HEADER_SIZE = 12;
    private static final int RECIPIENT_SIZE = 11;
    private static final String DRAFT = "DỰ THẢO";

    public byte[] write(AdministrativeDocument document) {
        var bytes = new ByteArrayOutputStream();
        write(document, bytes);
        return bytes.toByteArray();
    }

    public void write(AdministrativeDocument document, OutputStream out) {
        try (var docx = new XWPFDocument()) {
            page(docx);
            pageNumbers(docx);
            if (document.draft()) {
                draftMark(docx);
            }
            header(docx, document);
            title(docx, document);
            var text = new DocumentText(docx);
            for (DocumentBlock block : document.body()) {
                text.add(block);
            }
            closing(docx, document);
            docx.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void page(XWPFDocument docx) {
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(DocumentText.FONT);
        fonts.setHAnsi(DocumentText.FONT);
        fonts.setCs(DocumentText.FONT);
        fonts.setEastAsia(DocumentText.FONT);
        docx.createStyles().setDefaultFonts(fonts);
        CTSectPr section = docx.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(mm(10)));
        margins.setFooter(BigInteger.valueOf(mm(10)));
    }

    /**
     * The page number from page 2, centred in the top margin, 13 pt (Decree 30, Appendix I): a PAGE field in the
     * default header, and an empty header for the first page.
     */
    private static void pageNumbers(XWPFDocument docx) {
        XWPFHeaderFooterPolicy policy = docx.createHeaderFooterPolicy();
        XWPFParagraph number = policy.createHeader(XWPFHeaderFooterPolicy.DEFAULT).createParagraph();
        centred(number);
        CTSimpleField field = number.getCTP().addNewFldSimple();
        field.setInstr("PAGE");
        CTR run = field.addNewR();
        CTRPr properties = run.addNewRPr();
        CTFonts font = properties.addNewRFonts();
        font.setAscii(DocumentText.FONT);
        font.setHAnsi(DocumentText.FONT);
        properties.addNewSz().setVal(BigInteger.valueOf(HEADER_SIZE * 2L));
        run.addNewT().setStringValue("2");
        policy.createHeader(XWPFHeaderFooterPolicy.FIRST).createParagraph();
        CTSectPr section = docx.getDocument().getBody().getSectPr();
        if (!section.isSetTitlePg()) {
            section.addNewTitlePg();
        }
    }

    /** "DỰ THẢO" in a box at the top right, above the header: the document is not issued yet. */
    private static void draftMark(XWPFDocument docx) {
        XWPFParagraph mark = docx.createParagraph();
        mark.setAlignment(ParagraphAlignment.CENTER);
        mark.setSpacingAfter(120);
        mark.setBorderTop(Borders.SINGLE);
        mark.setBorderBottom(Borders.SINGLE);
        mark.setBorderLeft(Borders.SINGLE);
        mark.setBorderRight(Borders.SINGLE);
        mark.setIndentationLeft(TEXT_WIDTH - mm(30));
        DocumentText.run(mark, DRAFT, HEADER_SIZE, true, false, false);
    }

    /** Issuing body and number on the left; the national motto, place and date on the right. */
    private static void header(XWPFDocument docx, AdministrativeDocument document) {
        XWPFTable table = borderless(docx, 44, 56);
        XWPFTableCell left = table.getRow(0).getCell(0);
        double leftWidth = TEXT_WIDTH * 44 / 100 / 20.0;
        XWPFParagraph line = left.getParagraphs().getFirst();
        if (document.parentBody() != null && !document.parentBody().isBlank()) {
            centred(line);
            lines(line, upper(document.parentBody()), BODY_HEADER_SIZE, false, leftWidth);
            line = left.addParagraph();
        }
        centred(line);
        lines(line, upper(document.issuingBody()), BODY_HEADER_SIZE, true, leftWidth);
        shortRule(left.addParagraph(), leftWidth);
        XWPFParagraph number = left.addParagraph();
        centred(number).setSpacingBefore(200);
        DocumentText.run(number, document.numberLine(), HEADER_SIZE, false, false, false);

        XWPFTableCell right = table.getRow(0).getCell(1);
        XWPFParagraph republic = centred(right.getParagraphs().getFirst());
        DocumentText.run(republic, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", BODY_HEADER_SIZE, true, false, false);
        XWPFParagraph motto = centred(right.addParagraph());
        DocumentText.run(motto, "Độc lập - Tự do - Hạnh phúc", HEADER_SIZE, true, false, true);
        XWPFParagraph date = centred(right.addParagraph());
        date.setSpacingBefore(240);
        DocumentText.run(date, document.placeAndDate(), HEADER_SIZE, false, true, false);
    }

    private static void title(XWPFDocument docx, AdministrativeDocument document) {
        XWPFParagraph kind = centred(docx.createParagraph());
        kind.setSpacingBefore(360);
        DocumentText.run(kind, upper(document.kind()), BODY_SIZE, true, false, false);
        if (document.subject() != null && !document.subject().isBlank()) {
            XWPFParagraph subject = centred(docx.createParagraph());
            DocumentText.run(subject, document.subject(), BODY_SIZE, true, false, false);
        }
        shortRule(docx.createParagraph(), TEXT_WIDTH / 20.0);
        centred(docx.createParagraph()).setSpacingAfter(120);
    }

    /** Nơi nhận on the left, the signature block on the right, with room to sign and stamp. */
    private static void closing(XWPFDocument docx, AdministrativeDocument document) {
        docx.createParagraph();
        XWPFTable table = borderless(docx, 45, 55);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFParagraph heading = left.getParagraphs().getFirst();
        DocumentText.run(heading, "Nơi nhận:", BODY_HEADER_SIZE, true, true, false);
        for (String recipient : document.recipients()) {
            XWPFParagraph line = left.addParagraph();
            line.setSpacingAfter(0);
            DocumentText.run(line, recipient, RECIPIENT_SIZE, false, false, false);
        }
        XWPFTableCell right = table.getRow(0).getCell(1);
        XWPFParagraph line = right.getParagraphs().getFirst();
        for (String authority : document.signerAuthority()) {
            centred(line);
            DocumentText.run(line, upper(authority), BODY_SIZE, true, false, false);
            line = right.addParagraph();
        }
        for (int blank = 0; blank < 4; blank++) {
            line = right.addParagraph();
        }
        centred(line);
        if (document.signerName() != null) {
            DocumentText.run(line, document.signerName(), BODY_SIZE, true, false, false);
        }
    }

    /**
     * The short rule the decree draws under the issuing body and under the summary line: a solid line a third of
     * the column's width, centred; an empty paragraph 3 pt high (POI takes an exact spacing in points) whose bottom
     * border is the rule.
     */
    private static void shortRule(XWPFParagraph rule, double widthPoints) {
        centred(rule);
        int indent = (int) Math.round(widthPoints * 20 / 3);
        rule.setIndentationLeft(indent);
        rule.setIndentationRight(indent);
        rule.setSpacingBetween(3, LineSpacingRule.EXACT);
        rule.setBorderBottom(Borders.SINGLE);
        DocumentText.run(rule, "", 2, false, false, false);
    }

    /** A text in balanced lines within the width (points), each line after the first behind a line break. */
    private static void lines(XWPFParagraph paragraph, String text, int size, boolean bold, double width) {
        List<String> lines = TextWidth.balancedLines(text, size, bold, width);
        for (int i = 0; i < lines.size(); i++) {
            var run = DocumentText.run(paragraph, lines.get(i), size, bold, false, false);
            if (i + 1 < lines.size()) {
                run.addBreak();
            }
        }
    }

    /** One row of two cells without borders, widths in percent of the text width. */
    private static XWPFTable borderless(XWPFDocument docx, int leftPercent, int rightPercent) {
        XWPFTable table = docx.createTable(1, 2);
        table.setTopBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setBottomBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideHBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setTableAlignment(TableRowAlign.CENTER);
        // No inner margins: the header's lines get the whole column ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" on one line).
        table.setCellMargins(0, 0, 0, 0);
        DocumentText.fixedColumns(table, List.of(TEXT_WIDTH * leftPercent / 100, TEXT_WIDTH * rightPercent / 100));
        return table;
    }

    private static XWPFParagraph centred(XWPFParagraph paragraph) {
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingAfter(0);
        return paragraph;
    }

    private static String upper(String text) {
        return text.toUpperCase(DocumentText.VIETNAMESE);
    }

    private static int mm(double millimetres) {
        return (int) Math.round(millimetres * TWIPS_PER_MM);
    }

    static UnderlinePatterns underline(boolean on) {
        return on ? UnderlinePatterns.SINGLE : UnderlinePatterns.NONE;
    }
}
