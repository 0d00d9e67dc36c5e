package vn.vusta.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Keeps each file's bytes as a file under one directory, the key as its relative path. */
final class LocalDiskStorage implements FileStorage {

    private final Path root;

    LocalDiskStorage(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public void write(String key, Path content) throws IOException {
        Path target = resolve(key);
        Files.createDirectories(target.getParent());
        // Copied beside the target and moved into place, so a reader never sees half a file.
        Path partial = Files.createTempFile(target.getParent(), ".partial-", "");
        try {
            Files.copy(content, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    @Override
    public InputStream read(String key) throws IOException {
        return Files.newInputStream(resolve(key));
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(resolve(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(resolve(key));
    }

    /** Keys are made by the platform, but a key that would leave the directory is refused all the same. */
    private Path resolve(String key) {
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException("A storage key outside the storage directory: " + key);
        }
        return path;
    }
}
