package vn.vusta.platform.spreadsheets;

import java.util.List;

/** One row of an uploaded sheet as read, for the preview: its number and its cells under the columns read. */
public record PreviewRow(int row, List<String> cells) {

    public PreviewRow {
        cells = List.copyOf(cells);
    }
}
