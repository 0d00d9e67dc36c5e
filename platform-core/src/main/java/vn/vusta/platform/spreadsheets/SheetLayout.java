package vn.vusta.platform.spreadsheets;

import vn.vusta.platform.spreadsheets.SheetReader.SheetRow;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where an import sheet's columns are. The headings' row is the first of the first ten that names the required
 * column (a title may stand above it); headings are recognised whatever their case and diacritics, in the forms
 * provinces write them; columns of other headings are ignored, and said to be.
 */
final class SheetLayout<C extends Enum<C> & SheetColumn> {

    private static final int ROWS_BEFORE_HEADINGS = 10;
    /** Row numbers (số thứ tự) and notes: columns every list has and the registry has no use for, ignored quietly. */
    private static final Set<String> QUIET = Set.of("stt", "tt", "so tt", "so thu tu");
    private static final int SAMPLE_ROWS = 20;

    private final Map<C, Integer> indexes;
    private final Map<C, String> headings;
    private final List<String> ignored;
    private final List<RowProblem> problems;
    private final List<SheetRow> dataRows;

    private SheetLayout(Map<C, Integer> indexes, Map<C, String> headings, List<String> ignored,
                        List<RowProblem> problems, List<SheetRow> dataRows) {
        this.indexes = indexes;
        this.headings = headings;
        this.ignored = ignored;
        this.problems = problems;
        this.dataRows = dataRows;
    }

    static <C extends Enum<C> & SheetColumn> SheetLayout<C> of(List<SheetRow> rows, Class<C> columns, C required) {
        Map<String, C> byHeading = new HashMap<>();
        for (C column : columns.getEnumConstants()) {
            byHeading.put(Cells.fold(column.heading()), column);
            column.otherHeadings().forEach(heading -> byHeading.put(Cells.fold(heading), column));
        }
        var indexes = new EnumMap<C, Integer>(columns);
        var headings = new EnumMap<C, String>(columns);
        var ignored = new ArrayList<String>();
        var problems = new ArrayList<RowProblem>();
        int headingRow = -1;
        for (int i = 0; i < Math.min(ROWS_BEFORE_HEADINGS, rows.size()) && headingRow < 0; i++) {
            if (rows.get(i).cells().stream().anyMatch(cell -> byHeading.get(Cells.fold(cell)) == required)) {
                headingRow = i;
            }
        }
        if (headingRow < 0) {
            problems.add(RowProblem.of(0, null, "noHeading", required.heading()));
            return new SheetLayout<>(indexes, headings, ignored, problems, List.of());
        }
        SheetRow headingCells = rows.get(headingRow);
        for (int index = 0; index < headingCells.cells().size(); index++) {
            String heading = headingCells.cell(index);
            C column = byHeading.get(Cells.fold(heading));
            if (column == null) {
                if (!heading.isEmpty() && !QUIET.contains(Cells.fold(heading))) {
                    ignored.add(heading);
                }
            } else if (indexes.containsKey(column)) {
                problems.add(RowProblem.of(headingCells.number(), heading, "headingTwice", headings.get(column)));
            } else {
                indexes.put(column, index);
                headings.put(column, heading);
            }
        }
        List<SheetRow> dataRows = rows.subList(headingRow + 1, rows.size());
        if (dataRows.isEmpty()) {
            problems.add(RowProblem.of(0, null, "noRows"));
        }
        return new SheetLayout<>(indexes, headings, ignored, problems, dataRows);
    }

    boolean has(C column) {
        return indexes.containsKey(column);
    }

    /** The cell of a column in a row; empty where the sheet has no such column. */
    String cell(SheetRow row, C column) {
        Integer index = indexes.get(column);
        return index == null ? "" : row.cell(index);
    }

    /** The column's heading as the file writes it, or as exports write it where the file has none. */
    String heading(C column) {
        return headings.getOrDefault(column, column.heading());
    }

    List<SheetRow> dataRows() {
        return dataRows;
    }

    /** The problems of the headings themselves. */
    List<RowProblem> problems() {
        return problems;
    }

    /** The file's headings of the columns read, in the registry's order. */
    List<String> columns() {
        return List.copyOf(headings.values());
    }

    List<String> ignored() {
        return List.copyOf(ignored);
    }

    /** The first rows, their cells under {@link #columns()}. */
    List<PreviewRow> sample() {
        return dataRows.stream().limit(SAMPLE_ROWS)
                .map(row -> new PreviewRow(row.number(), indexes.values().stream().map(row::cell).toList()))
                .toList();
    }
}
