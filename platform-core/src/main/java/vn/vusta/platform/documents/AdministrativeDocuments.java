package vn.vusta.platform.documents;

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

    public byte[] write(AdministrativeDocument document) {
        var bytes = new ByteArrayOutputStream();
        write(document, bytes);
        return bytes.toByteArray();
    }

    public void write(AdministrativeDocument document, OutputStream out) {
        try (var docx = new XWPFDocument()) {
            page(docx);
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

    /** Issuing body and number on the left; the national motto, place and date on the right. */
    private static void header(XWPFDocument docx, AdministrativeDocument document) {
        XWPFTable table = borderless(docx, 40, 60);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFParagraph line = left.getParagraphs().getFirst();
        if (document.parentBody() != null && !document.parentBody().isBlank()) {
            centred(line);
            DocumentText.run(line, upper(document.parentBody()), BODY_HEADER_SIZE, false, false, false);
            line = left.addParagraph();
        }
        centred(line);
        DocumentText.run(line, upper(document.issuingBody()), BODY_HEADER_SIZE, true, false, false);
        XWPFParagraph number = left.addParagraph();
        centred(number).setSpacingBefore(240);
        DocumentText.run(number, "Số: " + document.numberSymbol(), HEADER_SIZE, false, false, false);

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

    static List<Integer> widths(List<DocumentBlock.Column> columns) {
        int total = columns.stream().mapToInt(DocumentBlock.Column::width).sum();
        return columns.stream().map(c -> TEXT_WIDTH * c.width() / total).toList();
    }

    static UnderlinePatterns underline(boolean on) {
        return on ? UnderlinePatterns.SINGLE : UnderlinePatterns.NONE;
    }
}
