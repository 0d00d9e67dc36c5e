package vn.vusta.platform.spreadsheets;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Set-based writes for imports of a hundred thousand rows: identifiers from PostgreSQL's uuidv7() in one query
 * (time-ordered, as the tables' defaults), and rows inserted in one statement that receives each column as one
 * array and spreads the arrays into rows with unnest().
 */
final class Batches {

    private Batches() {
    }

    static List<UUID> newIds(DSLContext db, int count) {
        if (count == 0) {
            return List.of();
        }
        return db.select(DSL.function(DSL.name("uuidv7"), SQLDataType.UUID))
                .from(DSL.generateSeries(1, count))
                .fetch(0, UUID.class);
    }

    /**
     * Inserts the rows, values in the order of {@code columns}. Imports write only rows that are not there (new
     * identifiers, links a record lacks), so no conflict is looked for: a plain insert is the cheaper one.
     */
    static <R extends Record> void insert(DSLContext db, Table<R> table, List<Field<?>> columns, List<List<Object>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        var arrays = new ArrayList<Field<?>>(columns.size());
        for (int c = 0; c < columns.size(); c++) {
            arrays.add(unnest(columns.get(c), rows, c));
        }
        db.insertInto(table).columns(columns).select(DSL.select(arrays)).execute();
    }

    private static <T> Field<T> unnest(Field<T> column, List<List<Object>> rows, int index) {
        @SuppressWarnings("unchecked")
        T[] values = (T[]) Array.newInstance(column.getType(), rows.size());
        for (int r = 0; r < rows.size(); r++) {
            values[r] = column.getType().cast(rows.get(r).get(index));
        }
        return DSL.function(DSL.name("unnest"), column.getDataType(), DSL.val(values, column.getDataType().getArrayDataType()));
    }
}
