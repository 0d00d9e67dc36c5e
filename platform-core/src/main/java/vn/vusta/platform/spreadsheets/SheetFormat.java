package vn.vusta.platform.spreadsheets;

import java.util.Locale;
import java.util.Optional;

/** The spreadsheet files the registry reads and writes. */
public enum SheetFormat {
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    /** UTF-8 with a byte order mark, so that Excel shows Vietnamese right. */
    CSV("csv", "text/csv;charset=UTF-8");

    private final String extension;
    private final String contentType;

    SheetFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** "xlsx" or "csv", any case; empty for anything else. */
    public static Optional<SheetFormat> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = name.strip().toLowerCase(Locale.ROOT);
        for (SheetFormat format : values()) {
            if (format.extension.equals(key)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /**
     * An OpenDocument file (LibreOffice's or WPS's .ods): a zip whose first entry, stored uncompressed, is its
     * media type; or just its name.
     */
    static boolean openDocument(String fileName, byte[] content) {
        byte[] mark = "mimetypeapplication/vnd.oasis.opendocument".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        boolean marked = content.length >= 30 + mark.length
                && java.util.Arrays.equals(content, 30, 30 + mark.length, mark, 0, mark.length);
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return marked || name.endsWith(".ods") || name.endsWith(".fods");
    }

    /**
     * What an uploaded file is, from its first bytes (an .xlsx is a zip) and then its name; empty for a file
     * that is neither, an old binary .xls among them.
     */
    static Optional<SheetFormat> of(String fileName, byte[] content) {
        boolean zip = content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
        boolean ole2 = content.length >= 4 && (content[0] & 0xff) == 0xd0 && (content[1] & 0xff) == 0xcf
                && (content[2] & 0xff) == 0x11 && (content[3] & 0xff) == 0xe0;
        if (zip) {
            return Optional.of(XLSX);
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (ole2 || name.endsWith(".xls") || name.endsWith(".xlsx")) {
            return Optional.empty();
        }
        return Optional.of(CSV);
    }
}
