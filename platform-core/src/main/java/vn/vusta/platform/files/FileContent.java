package vn.vusta.platform.files;

import org.springframework.core.io.InputStreamSource;

/** A stored file and its bytes, read from the storage only when asked. */
public record FileContent(StoredFile file, InputStreamSource bytes) {
}
