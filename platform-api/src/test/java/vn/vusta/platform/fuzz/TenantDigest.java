package vn.vusta.platform.fuzz;

import vn.vusta.platform.deploy.LocalCredentials;
import vn.vusta.platform.deploy.test.TestStack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What a union holds in the database, as a digest per tenant table (every table with a tenant_id, found in
 * pg_catalog, so tables of later issues count), read through the owner's connection in the union's scope. Reading all
 * of it after every request would take minutes: the cluster's next transaction id tells first whether anything was
 * written at all (a read takes none), and only then are the tables read.
 */
final class TenantDigest implements AutoCloseable {

    private final Connection connection;
    private final UUID tenant;
    private final List<String> tables;

    TenantDigest(UUID tenant) throws SQLException {
        this.tenant = tenant;
        this.connection = DriverManager.getConnection(TestStack.current().postgres().jdbcUrl(),
                LocalCredentials.OWNER_ROLE, LocalCredentials.OWNER_PASSWORD);
        this.tables = tenantTables();
    }

    /** The next transaction id of the whole cluster: unchanged means no transaction has written anything since. */
    long nextTransaction() throws SQLException {
        connection.setAutoCommit(true);
        try (var rs = connection.createStatement().executeQuery("select pg_snapshot_xmax(pg_current_snapshot())::text")) {
            rs.next();
            return Long.parseLong(rs.getString(1));
        }
    }

    /** Every row of the union in every tenant table: count and md5 of the rows in order, by table. */
    Map<String, String> rows() throws SQLException {
        var digest = new TreeMap<String, String>();
        connection.setAutoCommit(false);
        try {
            try (var s = connection.prepareStatement("select begin_tenant_scope(?)")) {
                s.setObject(1, tenant);
                s.execute();
            }
            for (String table : tables) {
                try (var rs = connection.createStatement().executeQuery(
                        "select count(*) || ':' || coalesce(md5(string_agg(t::text, ',' order by t::text)), '') from "
                                + table + " t")) {
                    rs.next();
                    digest.put(table, rs.getString(1));
                }
            }
        } finally {
            connection.rollback();
        }
        return digest;
    }

    List<String> tables() {
        return tables;
    }

    /** The primary key of every row of the union, by table (the key's columns as one text). */
    Map<String, List<String>> keys() throws SQLException {
        var keys = new TreeMap<String, List<String>>();
        inScope(() -> {
            for (String table : tables) {
                var rows = new ArrayList<String>();
                try (var rs = connection.createStatement().executeQuery("select " + key(table) + " from " + table + " t")) {
                    while (rs.next()) {
                        rows.add(rs.getString(1));
                    }
                }
                keys.put(table, rows);
            }
        });
        return keys;
    }

    /**
     * Removes what was added since {@code before} (the objects that hostile but acceptable values created), so the
     * tests after the harness find the demo union as they would without it; rows referenced by others go after
     * them, in as many passes as it takes. Rows nobody may delete (an append-only log) stay: their tables are returned.
     */
    List<String> removeAddedSince(Map<String, List<String>> before) throws SQLException {
        var left = new ArrayList<>(tables);
        inScope(() -> {
            boolean progress = true;
            while (progress && !left.isEmpty()) {
                progress = false;
                for (String table : List.copyOf(left)) {
                    var savepoint = connection.setSavepoint();
                    try (var delete = connection.prepareStatement("delete from " + table + " t where not ("
                            + key(table) + " = any(?))")) {
                        delete.setArray(1, connection.createArrayOf("text", before.get(table).toArray()));
                        delete.executeUpdate();
                        connection.releaseSavepoint(savepoint);
                        left.remove(table);
                        progress = true;
                    } catch (SQLException referencedOrAppendOnly) {
                        connection.rollback(savepoint);
                    }
                }
            }
            connection.commit();
        });
        var remaining = new ArrayList<String>();
        Map<String, List<String>> now = keys();
        for (String table : left) {
            if (now.get(table).size() != before.get(table).size()) {
                remaining.add(table);
            }
        }
        return remaining;
    }

    private interface Work {
        void run() throws SQLException;
    }

    private void inScope(Work work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            try (var s = connection.prepareStatement("select begin_tenant_scope(?)")) {
                s.setObject(1, tenant);
                s.execute();
            }
            work.run();
        } finally {
            connection.rollback();
        }
    }

    /** The table's primary key as one text ({@code (a, b)::text}), or the whole row where it has none. */
    private String key(String table) throws SQLException {
        var columns = new ArrayList<String>();
        try (var s = connection.prepareStatement("""
                select a.attname from pg_index i
                join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
                where i.indrelid = ?::regclass and i.indisprimary order by a.attnum""")) {
            s.setString(1, "public." + table);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    columns.add("t.\"" + rs.getString(1) + "\"");
                }
            }
        }
        return columns.isEmpty() ? "t::text" : "row(" + String.join(", ", columns) + ")::text";
    }

    private List<String> tenantTables() throws SQLException {
        var found = new ArrayList<String>();
        try (var rs = connection.createStatement().executeQuery("""
                select c.relname from pg_class c
                join pg_namespace n on n.oid = c.relnamespace
                join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
                where n.nspname = 'public' and c.relkind in ('r', 'p') order by c.relname""")) {
            while (rs.next()) {
                found.add(rs.getString(1));
            }
        }
        return found;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
