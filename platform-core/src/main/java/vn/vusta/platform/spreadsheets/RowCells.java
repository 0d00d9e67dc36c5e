package vn.vusta.platform.spreadsheets;

import vn.vusta.platform.spreadsheets.SheetReader.SheetRow;

import vn.vusta.platform.text.FreeText;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The cells of one data row, read column by column; what cannot be read becomes a problem of that cell. */
final class RowCells<C extends Enum<C> & SheetColumn> {

    /** Longer than any name, address or list of units a person writes in one cell. */
    static final int MAX_LENGTH = 1000;

    private final SheetLayout<C> layout;
    private final SheetRow row;
    private final List<RowProblem> problems = new ArrayList<>();
    private final List<RowProblem> notes = new ArrayList<>();

    RowCells(SheetLayout<C> layout, SheetRow row) {
        this.layout = layout;
        this.row = row;
    }

    int number() {
        return row.number();
    }

    boolean blank(C column) {
        return layout.cell(row, column).isEmpty();
    }

    /** The cell's text; null when blank. */
    String text(C column) {
        return text(column, MAX_LENGTH);
    }

    String text(C column, int maxLength) {
        String text = layout.cell(row, column);
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > maxLength) {
            problem(column, "tooLong", maxLength);
            return null;
        }
        var control = FreeText.controlCharacter(text);
        if (control.isPresent()) {
            problem(column, "control", "U+%04X".formatted(control.getAsInt()));
            return null;
        }
        return text;
    }

    /** The cell read by {@code parser}; null when blank, or unreadable (a problem {@code code} with the text). */
    <V> V value(C column, Function<String, Optional<V>> parser, String code) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        Optional<V> value = parser.apply(text);
        if (value.isEmpty()) {
            problem(column, code, text);
        }
        return value.orElse(null);
    }

    void problem(C column, String code, Object... arguments) {
        problems.add(RowProblem.of(row.number(), layout.heading(column), code, arguments));
    }

    List<RowProblem> problems() {
        return problems;
    }

    /** What the row's cell was read as, when not as written ({@code import.note.<code>}); no problem. */
    void note(C column, String code, Object... arguments) {
        notes.add(RowProblem.of(row.number(), layout.heading(column), code, arguments));
    }

    List<RowProblem> notes() {
        return notes;
    }
}
