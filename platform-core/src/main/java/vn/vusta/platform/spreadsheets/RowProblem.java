package vn.vusta.platform.spreadsheets;

import vn.vusta.platform.refusal.RefusedException;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Something wrong in an uploaded sheet, where the user finds it: the row number Excel shows (0 for the file as
 * a whole) and the column's heading as the file writes it (null for the whole row). {@code code} is a message
 * code ({@code import.problem.<code>}), {@code arguments} its arguments, the values at fault among them.
 */
public record RowProblem(int row, String column, String code, List<String> arguments) {

    public RowProblem {
        arguments = List.copyOf(arguments);
    }

    /** The problem as one detail of the refusal of its sheet: where it is, its code, and its message. */
    RefusedException.Detail detail() {
        var facts = new LinkedHashMap<String, Object>(); // the column is null for the whole row
        facts.put("row", row);
        facts.put("column", column);
        facts.put("code", code);
        facts.put("arguments", arguments);
        return new RefusedException.Detail(facts, "import.problem." + code, arguments);
    }

    static RowProblem of(int row, String column, String code, Object... arguments) {
        return new RowProblem(row, column, code, Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
