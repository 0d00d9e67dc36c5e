package vn.vusta.platform.signing;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.List;

/**
 * Where a visible signature goes on the page, found in the PDF itself (the document's layout is LibreOffice's):
 * the last line that reads the block's anchor — the signer's name under the title. A person's signature takes the
 * space just above that line, centred on it; the organisation's sits to the left of the person's, overlapping it
 * by a third, as the seal does on paper. No such line: the foot of the last page, on the right. Coordinates in
 * points from the page's top-left corner, as DSS takes them; pages from 1.
 */
record SignaturePlace(int page, float x, float y, float width, float height) {

    static final float WIDTH = 190;
    static final float HEIGHT = 52;

    static SignaturePlace find(byte[] pdf, SignatureBlock block) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Line line = block.anchor() == null || block.anchor().isBlank() ? null : lastLine(document, block.anchor());
            int page = line == null ? document.getNumberOfPages() : line.page();
            PDRectangle box = document.getPage(page - 1).getMediaBox();
            float x;
            float y;
            if (line == null) {
                x = box.getWidth() - WIDTH - 56;
                y = box.getHeight() - HEIGHT - 56;
            } else {
                x = line.centre() - WIDTH / 2;
                y = line.top() - HEIGHT - 2;
            }
            if (block.role() == SignerRole.ORGANISATION) {
                x -= WIDTH * 2 / 3;
            }
            x = Math.max(8, Math.min(x, box.getWidth() - WIDTH - 8));
            y = Math.max(8, Math.min(y, box.getHeight() - HEIGHT - 8));
            return new SignaturePlace(page, x, y, WIDTH, HEIGHT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Line(int page, float centre, float top) {
    }

    private static Line lastLine(PDDocument document, String anchor) throws IOException {
        String wanted = normal(anchor);
        var found = new Line[1];
        var stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                if (!positions.isEmpty() && normal(text).contains(wanted)) {
                    TextPosition first = positions.getFirst();
                    TextPosition last = positions.getLast();
                    float left = first.getXDirAdj();
                    float right = last.getXDirAdj() + last.getWidthDirAdj();
                    float top = positions.stream().map(p -> p.getYDirAdj() - p.getHeightDir()).min(Float::compare).orElse(first.getYDirAdj());
                    found[0] = new Line(getCurrentPageNo(), (left + right) / 2, top);
                }
            }
        };
        stripper.setSortByPosition(true);
        stripper.getText(document);
        return found[0];
    }

    private static String normal(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
    }
}
