package vn.vusta.platform.spreadsheets;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStepN;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import java.util.List;
import java.util.UUID;

/**
 * Set-based writes for imports of a hundred thousand rows: identifiers from PostgreSQL's uuidv7() in one query
 * (time-ordered, as the tables' defaults), and a thousand rows per insert statement.
 */
final class Batches {

    /** Rows per statement: well under PostgreSQL's 65 535 parameters at 20 columns. */
    static final int ROWS_PER_STATEMENT = 1000;

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

    /** Inserts the rows (values in the order of {@code columns}); rows already there are left as they are. */
    static <R extends Record> void insert(DSLContext db, Table<R> table, List<Field<?>> columns, List<List<Object>> rows) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            InsertValuesStepN<R> insert = db.insertInto(table).columns(columns);
            for (List<Object> row : rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT))) {
                insert = insert.values(row);
            }
            insert.onConflictDoNothing().execute();
        }
    }
}
