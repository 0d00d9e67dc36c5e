package vn.vusta.platform.spreadsheets;

import java.util.List;
import java.util.Objects;

/**
 * An uploaded sheet read against the registry: every problem (each blocks the import), every warning (for the
 * user to check; none blocks), and the rows as the import would write them, each either new or a duplicate of a
 * record already there; {@code notes} say what was read otherwise than written (a phone number given back its
 * leading 0), and do not stop the import either.
 */
record Analysis<T>(int rowCount, List<String> columns, List<String> ignoredColumns, List<PreviewRow> sample,
                   List<RowProblem> problems, List<RowProblem> warnings, List<Candidate<T>> candidates,
                   List<RowProblem> notes) {

    /** A row the import would write; {@code duplicate} is null for a new record. */
    record Candidate<T>(int row, T values, Duplicate duplicate) {
    }

    List<Duplicate> duplicates() {
        return candidates.stream().map(Candidate::duplicate).filter(Objects::nonNull).toList();
    }
}
