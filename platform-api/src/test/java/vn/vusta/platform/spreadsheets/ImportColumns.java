package vn.vusta.platform.spreadsheets;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The headings of every import's columns, read from the importer's own column lists, so a column added later is
 * fuzzed with no new test code. The API path of each import is its kind in lower case ({@code /api/v1/imports/members}).
 */
public final class ImportColumns {

    private ImportColumns() {
    }

    public static Map<ImportKind, List<String>> headings() {
        var headings = new LinkedHashMap<ImportKind, List<String>>();
        for (ImportKind kind : ImportKind.values()) {
            SheetColumn[] columns = switch (kind) {
                case MEMBERS -> MemberColumn.values();
                case UNITS -> UnitColumn.values();
            };
            headings.put(kind, Arrays.stream(columns).map(SheetColumn::heading).toList());
        }
        return headings;
    }
}
