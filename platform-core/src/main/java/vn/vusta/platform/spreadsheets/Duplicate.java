package vn.vusta.platform.spreadsheets;

import java.util.List;
import java.util.UUID;

/**
 * A row that matches a record already in the registry: which one, how it matched, and the headings of the
 * columns whose filled cells differ from it (none: importing the row would change nothing).
 */
public record Duplicate(int row, UUID existingId, String existingName, MatchKind matchedBy, List<String> changes) {

    public Duplicate {
        changes = List.copyOf(changes);
    }

    public boolean identical() {
        return changes.isEmpty();
    }
}
