package vn.vusta.platform.files;

import java.text.Normalizer;

/** A file's name as it is kept and offered back: its last path segment, without control characters, at most 255. */
final class FileNames {

    private static final int MAX_LENGTH = 255;

    private FileNames() {
    }

    static String clean(String sent) {
        if (sent == null) {
            return "";
        }
        String name = sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1);
        // Composed form: a name typed on a Mac (decomposed) and on Windows reads the same.
        name = Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("\\p{Cntrl}", "").strip();
        if (name.length() <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
        return name.substring(0, MAX_LENGTH - extension.length()) + extension;
    }
}
