package vn.vusta.platform.reportexports;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A PDF the platform rendered, read back as a reader sees it: its words with their page and position (PDFBox's text),
 * its pages as images (PDFBox's renderer, 100 dpi), its fonts, and veraPDF's verdict on PDF/A-2b.
 */
public final class RenderedPdf implements AutoCloseable {

    static final float DPI = 100;

    record Word(int page, String text, float x, float y, float width) {

        float centre() {
            return x + width / 2;
        }
    }

    final PDDocument pdf;
    final List<Word> words;
    private final PDFRenderer renderer;

    RenderedPdf(byte[] bytes) throws IOException {
        this.pdf = Loader.loadPDF(bytes);
        this.words = words(pdf);
        this.renderer = new PDFRenderer(pdf);
    }

    int pages() {
        return pdf.getNumberOfPages();
    }

    /** Page {@code page} (from 1) as the eye sees it. */
    BufferedImage image(int page) throws IOException {
        return renderer.renderImageWithDPI(page - 1, DPI);
    }

    /**
     * How many dark pixels the image has in the box (in points from the page's top left, as {@link Word}s are): ink
     * where the text is said to be.
     */
    static int darkPixels(BufferedImage image, float x, float top, float width, float height) {
        float scale = DPI / 72;
        int count = 0;
        for (int px = Math.max(0, (int) (x * scale)); px < Math.min(image.getWidth(), (int) ((x + width) * scale)); px++) {
            for (int py = Math.max(0, (int) (top * scale)); py < Math.min(image.getHeight(), (int) ((top + height) * scale)); py++) {
                int rgb = image.getRGB(px, py);
                int luminance = (((rgb >> 16) & 0xff) * 299 + ((rgb >> 8) & 0xff) * 587 + (rgb & 0xff) * 114) / 1000;
                if (luminance < 128) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Ink on the line of a word: from a line's height above its baseline to just below it. */
    static int darkPixels(BufferedImage image, Word word) {
        return darkPixels(image, word.x(), word.y() - 12, word.width(), 15);
    }

    /** The names of the fonts used on the pages, each with whether the PDF carries it. */
    Set<String> fonts(boolean embedded) throws IOException {
        var names = new LinkedHashSet<String>();
        for (PDPage page : pdf.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                if (font.isEmbedded() == embedded) {
                    names.add(font.getName());
                }
            }
        }
        return names;
    }

    /** veraPDF's PDF/A-2b validation: compliant, or the failed rules named in the failure. */
    public static void assertPdfA2b(byte[] bytes, String what) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(bytes), PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            String failed = result.getTestAssertions().stream()
                    .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                    .map(assertion -> assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber()
                            + ": " + assertion.getMessage() + " (" + assertion.getLocation().getContext() + ")")
                    .distinct().limit(30).collect(Collectors.joining("\n"));
            assertThat(result.isCompliant()).as("%s is PDF/A-2b by veraPDF; failed rules:\n%s", what, failed).isTrue();
        }
    }

    private static List<Word> words(PDDocument pdf) throws IOException {
        var words = new ArrayList<Word>();
        var stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                if (text.isBlank() || positions.isEmpty()) {
                    return;
                }
                TextPosition first = positions.getFirst();
                TextPosition last = positions.getLast();
                words.add(new Word(getCurrentPageNo(), text.strip(), first.getXDirAdj(), first.getYDirAdj(),
                        last.getXDirAdj() + last.getWidthDirAdj() - first.getXDirAdj()));
            }
        };
        stripper.setSortByPosition(true);
        stripper.getText(pdf);
        return words;
    }

    @Override
    public void close() throws IOException {
        pdf.close();
    }
}
