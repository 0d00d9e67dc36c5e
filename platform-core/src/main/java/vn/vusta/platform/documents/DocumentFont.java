package vn.vusta.platform.documents;

import java.awt.GraphicsEnvironment;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The font a rendered document embeds: Times New Roman (Decree 30's font) where the operator installed it, otherwise
 * LibreOffice's metric-compatible replacement, Liberation Serif (same widths: the lines and pages break alike). Said
 * in the document's properties, as the PDF's subject.
 */
enum DocumentFont {

    TIMES_NEW_ROMAN("Times New Roman", "Phông chữ: Times New Roman"),
    LIBERATION_SERIF("Liberation Serif", "Phông chữ: Liberation Serif (thay cho Times New Roman, cùng số đo)");

    final String family;
    final String property;

    DocumentFont(String family, String property) {
        this.family = family;
        this.property = property;
    }

    /** The PDF's font name without its subset prefix ("ABCDEF+TimesNewRomanPSMT") shows which family it is. */
    boolean embeddedAs(String fontName) {
        String name = fontName.substring(fontName.indexOf('+') + 1).toLowerCase(Locale.ROOT);
        return name.startsWith(family.replace(" ", "").toLowerCase(Locale.ROOT));
    }

    /** Which one LibreOffice will take here: fontconfig's list (what LibreOffice reads), else Java's view of it. */
    static DocumentFont installed() {
        Path fcList = Arrays.stream(System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator))
                .map(directory -> Path.of(directory, "fc-list")).filter(Files::isExecutable).findFirst().orElse(null);
        if (fcList != null) {
            try {
                Process process = new ProcessBuilder(fcList.toString(), ":family=Times New Roman", "family")
                        .redirectErrorStream(true).start();
                String out = new String(process.getInputStream().readAllBytes());
                if (process.waitFor(10, TimeUnit.SECONDS)) {
                    return out.contains("Times New Roman") ? TIMES_NEW_ROMAN : LIBERATION_SERIF;
                }
                process.destroyForcibly();
            } catch (Exception e) {
                // fall through to Java's list of the same fonts
            }
        }
        try {
            return Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT))
                    .contains("Times New Roman") ? TIMES_NEW_ROMAN : LIBERATION_SERIF;
        } catch (Throwable e) {
            return LIBERATION_SERIF;
        }
    }
}
