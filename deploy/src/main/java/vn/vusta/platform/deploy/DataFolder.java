package vn.vusta.platform.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The one folder a single server keeps its state in: PostgreSQL's data directory (the platform's database and
 * Keycloak's), and the stored files. Redis holds only sessions and caches, so it is not kept. Whoever uses the
 * folder holds its lock, so a second launcher on the same folder stops with a clear message instead of corrupting it.
 */
public final class DataFolder implements AutoCloseable {

    static final String LOCK_FILE = ".lock";

    private final Path root;
    private final FileChannel channel;
    private final FileLock lock;

    private DataFolder(Path root, FileChannel channel, FileLock lock) {
        this.root = root;
        this.channel = channel;
        this.lock = lock;
    }

    /** {@code --data DIR}, else {@code VUSTA_DATA}, else {@code ~/.local/share/vusta-platform}. */
    public static Path location(String argument) {
        if (argument != null && !argument.isBlank()) {
            return Path.of(argument).toAbsolutePath().normalize();
        }
        String configured = System.getenv("VUSTA_DATA");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        return Path.of(System.getProperty("user.home"), ".local", "share", "vusta-platform");
    }

    /** Takes the folder's lock, creating the folder (owner-only) if it is new; fails when another run holds it. */
    public static DataFolder open(Path root) {
        try {
            Files.createDirectories(root);
            restrictToOwner(root);
            var channel = FileChannel.open(root.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException sameJvm) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new InUse(root);
            }
            // Who holds it, for deploy/run-local's check before it builds (and rewrites the jars a running one uses).
            channel.truncate(0);
            channel.write(java.nio.ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes()), 0);
            return new DataFolder(root, channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open the data folder " + root, e);
        }
    }

    /** Another launcher (or a backup) is using the folder. */
    public static final class InUse extends IllegalStateException {
        InUse(Path root) {
            super("The data folder " + root + " is in use by another VUSTA platform (deploy/run-local, a backup or a "
                    + "restore) on this machine: stop that one first, or give another folder with --data.");
        }
    }

    public Path root() {
        return root;
    }

    /** PostgreSQL's data directory (both databases: the platform's and Keycloak's). */
    public Path postgres() {
        return root.resolve("postgres");
    }

    /** The stored files (vusta.files.directory). */
    public Path files() {
        return root.resolve("files");
    }

    /** Whether PostgreSQL has never been initialised here. */
    public boolean isNew() {
        return !Files.exists(postgres().resolve("PG_VERSION"));
    }

    /**
     * Records what the folder holds — "local" (the demo) or "production" — when it is new, and refuses the other:
     * a production start on a folder with the demo's users and passwords, or the reverse, is a mistake.
     */
    public void requireMode(String mode) {
        Path marker = root.resolve("mode");
        try {
            if (isNew() || !Files.exists(marker)) {
                Files.writeString(marker, mode + "\n");
                return;
            }
            String recorded = Files.readString(marker).strip();
            if (!recorded.equals(mode)) {
                throw new IllegalStateException("The data folder " + root + " holds a " + recorded + " platform, not a "
                        + mode + " one: give another folder with --data (or --fresh to delete it and start over)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes everything kept here (the lock stays held): {@code --fresh}. */
    public void deleteState() {
        try {
            KeycloakServer.deleteRecursively(postgres());
            KeycloakServer.deleteRecursively(files());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete the state in " + root, e);
        }
    }

    private static void restrictToOwner(Path folder) throws IOException {
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
