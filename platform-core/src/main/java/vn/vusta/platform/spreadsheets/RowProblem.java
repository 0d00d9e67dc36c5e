package vn.vusta.platform.spreadsheets;

import java.util.Arrays;
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

    static RowProblem of(int row, String column, String code, Object... arguments) {
        return new RowProblem(row, column, code, Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
