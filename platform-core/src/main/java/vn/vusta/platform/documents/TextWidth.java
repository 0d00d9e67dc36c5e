package vn.vusta.platform.documents;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * How wide a text prints, in points, measured with the metrics of Times New Roman or of Liberation Serif (metric
 * compatible, what LibreOffice prints it with where Times New Roman is not installed): so that a column is as wide
 * as its widest figure and an issuing body breaks where the decree's examples break it, never leaving a word alone.
 */
final class TextWidth {

    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    private static final String FAMILY = family();
    private static final Set<String> CONNECTIVES = Set.of("VÀ", "CỦA", "TỈNH", "THÀNH");

    private TextWidth() {
    }

    static double of(String text, int size, boolean bold) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        if (FAMILY == null) {
            // No fonts at all (a bare container): Times New Roman's average, a little generous.
            return text.length() * size * (bold ? 0.56 : 0.52);
        }
        return new Font(FAMILY, bold ? Font.BOLD : Font.PLAIN, size).getStringBounds(text, CONTEXT).getWidth();
    }

    /** The widest word of a text (a heading wraps between words, never inside one). */
    static double widestWord(String text, int size, boolean bold) {
        double widest = 0;
        for (String word : text.split("\\s+")) {
            widest = Math.max(widest, of(word, size, bold));
        }
        return widest;
    }

    /**
     * The text in as few lines as fit {@code width} points, the lines as even as possible: "LIÊN HIỆP CÁC HỘI KHOA
     * HỌC / VÀ KỸ THUẬT VIỆT NAM", not a full line and "NAM" alone.
     */
    static List<String> balancedLines(String text, int size, boolean bold, double width) {
        String[] words = text.strip().split("\\s+");
        double whole = of(text.strip(), size, bold);
        if (whole <= width || words.length < 2) {
            return List.of(text.strip());
        }
        int lines = greedy(words, size, bold, width).size();
        if (lines == 2) {
            List<String> atConnective = beforeConnective(words, size, bold, width);
            if (atConnective != null) {
                return atConnective;
            }
        }
        // The narrowest width that still gives that many lines: search between the widest word and the width.
        double low = 0;
        for (String word : words) {
            low = Math.max(low, of(word, size, bold));
        }
        double high = width;
        for (int step = 0; step < 30; step++) {
            double middle = (low + high) / 2;
            if (greedy(words, size, bold, middle).size() <= lines) {
                high = middle;
            } else {
                low = middle;
            }
        }
        return greedy(words, size, bold, high);
    }

    /**
     * Two lines broken before a connective that fits ("… KHOA HỌC / VÀ KỸ THUẬT …"): a Vietnamese word is often two
     * syllables ("KHOA HỌC"), and the most even break may part them; a break before "VÀ", "CỦA", "TỈNH" or
     * "THÀNH PHỐ" never does. The most even of those that fit, or null.
     */
    private static List<String> beforeConnective(String[] words, int size, boolean bold, double width) {
        List<String> best = null;
        double bestWidest = Double.MAX_VALUE;
        for (int i = 1; i < words.length; i++) {
            if (!CONNECTIVES.contains(words[i].toUpperCase(DocumentText.VIETNAMESE))) {
                continue;
            }
            String first = String.join(" ", Arrays.copyOfRange(words, 0, i));
            String second = String.join(" ", Arrays.copyOfRange(words, i, words.length));
            double widest = Math.max(of(first, size, bold), of(second, size, bold));
            if (widest <= width && widest < bestWidest) {
                best = List.of(first, second);
                bestWidest = widest;
            }
        }
        return best;
    }

    private static List<String> greedy(String[] words, int size, boolean bold, double width) {
        var lines = new ArrayList<String>();
        var line = new StringBuilder();
        for (String word : words) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && of(longer, size, bold) > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(longer);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** The font measured with; null where the JVM finds no fonts (no fontconfig), so widths are estimated. */
    private static String family() {
        Set<String> installed;
        try {
            installed = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
        } catch (RuntimeException | Error e) {
            return null;
        }
        for (String family : List.of(DocumentText.FONT, "Liberation Serif")) {
            if (installed.contains(family)) {
                return family;
            }
        }
        return Font.SERIF;
    }
}
