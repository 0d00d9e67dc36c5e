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
