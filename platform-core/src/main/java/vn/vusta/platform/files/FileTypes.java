package vn.vusta.platform.files;

import org.apache.tika.Tika;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * The media type of a file, read from its first bytes and refined by its name where the bytes say only "a zip" (a
 * .docx is one): a program renamed to .pdf is still a program.
 */
@Component
class FileTypes {

    /** What unions attach: office documents, PDFs, photos and plain text. */
    static final Set<String> DEFAULT_ALLOWED = Set.of(
            "application/pdf",
            "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.ms-excel",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation",
            "image/jpeg",
            "image/png",
            "image/webp",
            "text/plain");

    private final Tika tika = new Tika();
    private final Set<String> allowed;

    FileTypes(FilesProperties properties) {
        this.allowed = properties.allowedTypes() == null || properties.allowedTypes().isEmpty()
                ? DEFAULT_ALLOWED : Set.copyOf(properties.allowedTypes());
    }

    String detect(Path content, String fileName) throws IOException {
        var metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try (var in = TikaInputStream.get(content)) {
            return tika.detect(in, metadata);
        }
    }

    boolean allowed(String mediaType) {
        return allowed.contains(mediaType);
    }
}
