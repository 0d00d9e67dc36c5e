package vn.vusta.platform.spreadsheets;

import vn.vusta.platform.spreadsheets.SheetReader.SheetRow;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/** One kind of import: its rows read and checked against the registry, then written. */
interface SheetImport<T> {

    ImportKind kind();

    /**
     * Every problem of the rows and their duplicates among the records already there. The rows are asked for
     * once the registry is read: they may still be being read from the file meanwhile. {@code forWrite} locks the
     * duplicates' records until the transaction ends, so that what is written is what was compared.
     */
    Analysis<T> analyze(Supplier<List<SheetRow>> rows, boolean forWrite);

    /** Writes the rows of an analysis without problems: new records, and the duplicates the user chose to update. */
    Written write(Analysis<T> analysis, Map<Integer, DuplicateChoice> choices);

    /** What a write did. */
    record Written(List<UUID> created, List<UUID> updated, int unchanged, int skipped) {
    }
}
