package vn.vusta.platform.tenancy;

import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.exception.DataAccessException;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A statement jOOQ renders once, then run again with each call's values: for the statements every request runs,
 * rendering the query cost more CPU than running it (issue 21: the tenant lookup and the member list's page, each
 * about a tenth of a list request). It is rendered from a query built with a sample value for each argument, all
 * different; each value the rendered statement binds must be one of them, so a value jOOQ inlined, or one that is not
 * an argument, fails here rather than being bound from a stale sample. A tenant's id is always a bound value, never
 * part of the statement's text, so one statement serves every union.
 */
public final class RenderedOnce {

    private final String sql;
    /** For each value the statement binds, in order, the argument it takes. */
    private final int[] arguments;

    private RenderedOnce(String sql, int[] arguments) {
        this.sql = sql;
        this.arguments = arguments;
    }

    /** The query rendered by the application's jOOQ, its bound values taken from these samples' places. */
    public static RenderedOnce of(DSLContext db, Query query, Object... samples) {
        for (int i = 0; i < samples.length; i++) {
            for (int j = i + 1; j < samples.length; j++) {
                if (Objects.deepEquals(samples[i], samples[j])) {
                    throw new IllegalArgumentException("The samples must differ: " + i + " and " + j + " are equal");
                }
            }
        }
        List<Object> bound = query.getBindValues();
        int[] arguments = new int[bound.size()];
        var unused = new ArrayList<Integer>();
        for (int s = 0; s < samples.length; s++) {
            unused.add(s);
        }
        for (int b = 0; b < bound.size(); b++) {
            int argument = -1;
            for (int s = 0; s < samples.length && argument < 0; s++) {
                if (Objects.deepEquals(bound.get(b), samples[s])) {
                    argument = s;
                }
            }
            if (argument < 0) {
                throw new IllegalArgumentException("Bound value " + (b + 1) + " (" + bound.get(b) + ") is no argument of " + query);
            }
            arguments[b] = argument;
            unused.remove(Integer.valueOf(argument));
        }
        if (!unused.isEmpty()) {
            throw new IllegalArgumentException("Arguments " + unused + " are not bound (inlined?) in " + query);
        }
        return new RenderedOnce(db.render(query), arguments);
    }

    /** The statement, with a {@code ?} for each bound value. */
    public String sql() {
        return sql;
    }

    /** One row of a result, read from JDBC. */
    @FunctionalInterface
    public interface Row<T> {
        T of(ResultSet row) throws SQLException;
    }

    /**
     * Runs it and reads each row from JDBC's result by {@code row}, not through jOOQ's records: for results of many
     * rows, the records cost more than the statement. It still runs through jOOQ (its connection: in a transaction,
     * the transaction's, with its scope; its listeners and exception translation).
     */
    public <T> List<T> fetch(DSLContext db, Row<T> row, Object... arguments) {
        var rows = new ArrayList<T>();
        try (ResultSet result = db.resultQuery(sql, values(arguments)).fetchResultSet()) {
            while (result.next()) {
                rows.add(row.of(result));
            }
        } catch (SQLException e) {
            throw new DataAccessException("Reading the result of " + sql, e);
        }
        return rows;
    }

    /** The values to bind, in the statement's order, for these arguments (in the samples' order). */
    public Object[] values(Object... arguments) {
        var values = new Object[this.arguments.length];
        for (int b = 0; b < values.length; b++) {
            values[b] = arguments[this.arguments[b]];
        }
        return values;
    }
}
