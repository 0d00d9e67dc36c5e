package vn.vusta.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/** Where the bytes of stored files are kept, by key: the local disk by default, or an S3-compatible store. */
interface FileStorage {

    void write(String key, Path content) throws IOException;

    /** The bytes under the key; {@link java.nio.file.NoSuchFileException} when there are none. */
    InputStream read(String key) throws IOException;

    boolean exists(String key) throws IOException;

    /** Deletes the bytes under the key; nothing when there are none. */
    void delete(String key) throws IOException;
}
