package vn.vusta.platform.spreadsheets;

import vn.vusta.platform.spreadsheets.SheetReader.SheetRow;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One kind of import: its rows read and checked against the registry, then written. */
interface SheetImport<T> {

    ImportKind kind();

    /**
     * Every problem of the rows and their duplicates among the records already there. {@code forWrite} locks the
     * duplicates' records until the transaction ends, so that what is written is what was compared.
     */
    Analysis<T> analyze(List<SheetRow> rows, boolean forWrite);

    /** Writes the rows of an analysis without problems: new records, and the duplicates the user chose to update. */
    Written write(Analysis<T> analysis, Map<Integer, DuplicateChoice> choices);

    /** What a write did. */
    record Written(List<UUID> created, List<UUID> updated, int unchanged, int skipped) {
    }
}
