package vn.vusta.platform.files;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A file a union attached to one of its records (tài liệu, hình ảnh). contentType is read from the bytes. */
public record StoredFile(UUID id, String name, String contentType, long size, OffsetDateTime uploadedAt,
                         String uploadedBy) {

    /** A photo, shown in the page rather than only offered for download. */
    public boolean isImage() {
        return contentType.startsWith("image/");
    }
}
