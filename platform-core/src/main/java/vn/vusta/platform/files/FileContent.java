package vn.vusta.platform.files;

import java.io.IOException;
import java.io.InputStream;

/** A stored file and the means to read its bytes, once. */
public record FileContent(StoredFile file, Opener opener) {

    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public InputStream open() throws IOException {
        return opener.open();
    }
}
