package vn.vusta.platform.spreadsheets;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

import java.io.IOException;
import java.io.InputStream;

/**
 * What one uploaded sheet may hold, checked while it is read so that a hostile file costs a fraction of a second:
 * an .xlsx is first inflated here, counting, with commons-compress (Apache POI's ZipSecureFile rules: each part's
 * inflate ratio, checked once the part passes {@link #RATIO_GRACE} bytes, and the parts' total size); then every
 * row and cell is bounded as fastexcel or the CSV parser yields it. Set by {@code vusta.imports.limits.*}.
 */
@Component
final class SheetLimits {

    /** POI checks a part's ratio only beyond a grace size: small parts (styles, an empty sheet) compress well. */
    static final long RATIO_GRACE = 1 << 20;
    private static final int MAX_PARTS = 1_000;

    private final long maxUncompressedBytes;
    private final int maxInflateRatio;
    private final int maxCellLength;
    private final int maxRows;
    private final int maxColumns;
    private final int maxBlankRows;
    private final int readSeconds;

    SheetLimits(@Value("${vusta.imports.limits.uncompressed-mb:256}") int maxUncompressedMb,
                @Value("${vusta.imports.limits.inflate-ratio:100}") int maxInflateRatio,
                @Value("${vusta.imports.limits.cell-length:2000}") int maxCellLength,
                @Value("${vusta.imports.limits.rows:200000}") int maxRows,
                @Value("${vusta.imports.limits.columns:200}") int maxColumns,
                @Value("${vusta.imports.limits.blank-rows:1000}") int maxBlankRows,
                @Value("${vusta.imports.limits.read-seconds:60}") int readSeconds) {
        this.readSeconds = readSeconds;
        this.maxUncompressedBytes = (long) maxUncompressedMb << 20;
        this.maxInflateRatio = maxInflateRatio;
        this.maxCellLength = maxCellLength;
        this.maxRows = maxRows;
        this.maxColumns = maxColumns;
        this.maxBlankRows = maxBlankRows;
    }

    /** A limit passed: {@code reason} is the message code, {@code arguments} follow the file's name. */
    static final class LimitExceededException extends Exception {

        private final String reason;
        private final Object[] arguments;

        LimitExceededException(String reason, Object... arguments) {
            super(reason, null, false, false);
            this.reason = reason;
            this.arguments = arguments;
        }

        String reason() {
            return reason;
        }

        Object[] arguments() {
            return arguments.clone();
        }
    }

    int maxRows() {
        return maxRows;
    }

    /**
     * The moment a read that starts now must be done by: a file that is slow to read for a reason no other limit
     * saw (a giant shared-strings table, a slow disk) stops at the next row, or the next 64 KB inflated, after it.
     */
    Deadline deadline() {
        return new Deadline(System.nanoTime() + readSeconds * 1_000_000_000L, readSeconds);
    }

    record Deadline(long nanos, int seconds) {

        void check() throws LimitExceededException {
            if (System.nanoTime() - nanos > 0) {
                throw new LimitExceededException("import.refused.readTime", seconds);
            }
        }
    }

    /**
     * Inflates every part of the zip, as its central directory lists them (as fastexcel reads them), counting,
     * and stops at the first limit passed: nothing is kept.
     */
    void checkZip(byte[] content, Deadline deadline) throws IOException, LimitExceededException {
        long total = 0;
        int parts = 0;
        byte[] buffer = new byte[64 * 1024];
        try (var zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
            for (var entries = zip.getEntries(); entries.hasMoreElements(); ) {
                ZipArchiveEntry entry = entries.nextElement();
                if (++parts > MAX_PARTS) {
                    throw new LimitExceededException("import.refused.tooManyParts", MAX_PARTS);
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    long inflated = 0;
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        deadline.check();
                        inflated += n;
                        total += n;
                        if (total > maxUncompressedBytes) {
                            throw new LimitExceededException("import.refused.uncompressed", maxUncompressedBytes >> 20);
                        }
                        long read = in instanceof InputStreamStatistics statistics
                                ? statistics.getCompressedCount() : entry.getCompressedSize();
                        if (inflated > RATIO_GRACE && inflated / Math.max(1, read) > maxInflateRatio) {
                            throw new LimitExceededException("import.refused.inflateRatio", maxInflateRatio);
                        }
                    }
                }
            }
        }
    }

    /** Refuses a row with more columns than the limit, a cell longer than the limit, or too long a blank gap. */
    void checkRow(int number, int previousNumber, int columns) throws LimitExceededException {
        if (number - previousNumber - 1 > maxBlankRows) {
            throw new LimitExceededException("import.refused.blankRows", maxBlankRows, previousNumber + 1, number);
        }
        if (columns > maxColumns) {
            throw new LimitExceededException("import.refused.tooManyColumns", maxColumns, number);
        }
    }

    void checkCell(int row, int column, String text) throws LimitExceededException {
        if (text.length() > maxCellLength) {
            throw new LimitExceededException("import.refused.cellTooLong", row, columnName(column), maxCellLength);
        }
    }

    /** A, B, …, Z, AA: the column as Excel names it. */
    static String columnName(int index) {
        var name = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            name.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return name.toString();
    }
}
