package vn.vusta.platform.spreadsheets;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An uploaded sheet as the import would take it, before anything is written: its rows (new, duplicates, of which
 * identical), every problem (blocking), every warning (to check, not blocking), every duplicate, the columns read and ignored, and its first rows. Once confirmed,
 * {@code result} says what it did and the file itself is gone.
 *
 * @param previouslyImportedAt when the same file (same SHA-256) was last imported, or null
 */
public record ImportPreview(UUID id, ImportKind kind, String fileName, String sha256, String uploadedBy,
                            OffsetDateTime uploadedAt, int rowCount, int newCount, int duplicateCount,
                            int identicalCount, List<String> columns, List<String> ignoredColumns,
                            List<PreviewRow> sample, List<RowProblem> problems, List<RowProblem> warnings,
                            List<Duplicate> duplicates,
                            OffsetDateTime previouslyImportedAt, ImportResult result, List<RowProblem> notes) {

    public ImportPreview {
        columns = List.copyOf(columns);
        ignoredColumns = List.copyOf(ignoredColumns);
        sample = List.copyOf(sample);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
        duplicates = List.copyOf(duplicates);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public boolean confirmed() {
        return result != null;
    }

    /** Whether it may be confirmed: not yet confirmed, rows to import, and no problem (all or nothing). */
    public boolean confirmable() {
        return result == null && problems.isEmpty() && rowCount > 0;
    }
}
