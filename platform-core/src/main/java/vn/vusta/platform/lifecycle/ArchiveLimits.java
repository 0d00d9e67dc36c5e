package vn.vusta.platform.lifecycle;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a tenant archive handed to a restore may be, checked before anything is read into the database, as the
 * imports check their sheets (spreadsheets' SheetLimits, Apache POI's ZipSecureFile rules): the file's size, then,
 * inflating every entry while counting, the number of entries, their total uncompressed size and each entry's
 * inflate ratio beyond its first megabyte. Set by {@code vusta.archives.limits.*}; over a limit the restore is
 * refused naming it and nothing is written.
 */
@Component
public class ArchiveLimits {

    /** As in the imports: small entries (the manifest, an empty table) compress well. */
    private static final long RATIO_GRACE = 1 << 20;

    private final long maxBytes;
    private final long maxUncompressedBytes;
    private final int maxInflateRatio;
    private final int maxEntries;

    ArchiveLimits(@Value("${vusta.archives.limits.size-mb:512}") int maxMb,
                  @Value("${vusta.archives.limits.uncompressed-mb:8192}") int maxUncompressedMb,
                  @Value("${vusta.archives.limits.inflate-ratio:200}") int maxInflateRatio,
                  @Value("${vusta.archives.limits.entries:500}") int maxEntries) {
        this.maxBytes = (long) maxMb << 20;
        this.maxUncompressedBytes = (long) maxUncompressedMb << 20;
        this.maxInflateRatio = maxInflateRatio;
        this.maxEntries = maxEntries;
    }

    /**
     * Copies an uploaded archive to {@code file}, refusing it as soon as it passes the size limit: a body sent
     * without end does not fill the disk. The caller deletes the file.
     */
    public void receive(InputStream upload, Path file) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long copied = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int n; (n = upload.read(buffer)) > 0; ) {
                copied += n;
                if (copied > maxBytes) {
                    throw tooLarge();
                }
                out.write(buffer, 0, n);
            }
        }
    }

    void checkSize(Path archive) throws IOException {
        if (Files.size(archive) > maxBytes) {
            throw tooLarge();
        }
    }

    /**
     * Inflates every entry, counting, and stops at the first limit passed. Read with commons-compress, as the
     * imports read an .xlsx, for the compressed bytes read so far: a bomb is caught after its first megabyte.
     */
    void checkEntries(Path archive) {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int count = 0;
        // A file that is no zip, or an entry that cannot be inflated, is no archive the platform exported.
        try (var zip = ZipFile.builder().setPath(archive).get()) {
            for (var entries = zip.getEntries(); entries.hasMoreElements(); ) {
                ZipArchiveEntry entry = entries.nextElement();
                if (++count > maxEntries) {
                    throw new ArchiveRefusedException("archive.limit.entries", maxEntries);
                }
                long inflated = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        inflated += n;
                        total += n;
                        if (total > maxUncompressedBytes) {
                            throw new ArchiveRefusedException("archive.limit.uncompressed", maxUncompressedBytes >> 20);
                        }
                        long read = in instanceof InputStreamStatistics statistics
                                ? statistics.getCompressedCount() : entry.getCompressedSize();
                        if (inflated > RATIO_GRACE && inflated / Math.max(1, read) > maxInflateRatio) {
                            throw new ArchiveRefusedException("archive.limit.inflateRatio", entry.getName(), maxInflateRatio);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new ArchiveRefusedException("archive.unreadable");
        }
    }

    private ArchiveRefusedException tooLarge() {
        return new ArchiveRefusedException("archive.limit.size", maxBytes >> 20);
    }
}
