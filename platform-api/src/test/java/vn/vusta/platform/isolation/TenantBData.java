package vn.vusta.platform.isolation;

import vn.vusta.platform.deploy.LocalCredentials;
import vn.vusta.platform.deploy.test.TestStack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Everything of one tenant that another tenant's user must never see or change: read from every tenant-owned
 * table there is (found in pg_catalog, so tables of later issues are included), in that tenant's own scope.
 */
record TenantBData(Set<UUID> identifiers, Set<String> texts, Map<String, String> fingerprints) {

    static TenantBData of(UUID tenant) throws SQLException {
        try (Connection c = DriverManager.getConnection(TestStack.current().postgres().jdbcUrl(),
                LocalCredentials.OWNER_ROLE, LocalCredentials.OWNER_PASSWORD)) {
            c.setAutoCommit(false);
            try (var s = c.prepareStatement("select begin_tenant_scope(?)")) {
                s.setObject(1, tenant);
                s.execute();
            }
            var identifiers = new LinkedHashSet<UUID>();
            var texts = new LinkedHashSet<String>();
            var fingerprints = new TreeMap<String, String>();
            identifiers.add(tenant);
            try (var rs = c.createStatement().executeQuery("select code, name from tenant where id = '" + tenant + "'")) {
                rs.next();
                texts.add(rs.getString("code"));
                texts.add(rs.getString("name"));
            }
            for (String table : tenantTables(c)) {
                try (var rs = c.createStatement().executeQuery("select * from " + table)) {
                    var meta = rs.getMetaData();
                    while (rs.next()) {
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            Object value = rs.getObject(i);
                            if (value instanceof UUID id) {
                                identifiers.add(id);
                            } else if (value instanceof String text && text.strip().length() >= 5) {
                                texts.add(text);
                            }
                        }
                    }
                }
                try (var rs = c.createStatement().executeQuery(
                        "select count(*) || ':' || coalesce(md5(string_agg(t::text, ',' order by t::text)), '') from " + table + " t")) {
                    rs.next();
                    fingerprints.put(table, rs.getString(1));
                }
            }
            c.rollback();
            return new TenantBData(identifiers, texts, fingerprints);
        }
    }

    TenantBData without(TenantBData other) {
        var ownTexts = new LinkedHashSet<>(texts);
        ownTexts.removeAll(other.texts());
        return new TenantBData(identifiers, ownTexts, fingerprints);
    }

    static List<String> tenantTables(Connection c) throws SQLException {
        var tables = new ArrayList<String>();
        try (var rs = c.createStatement().executeQuery("""
                select c.relname from pg_class c
                join pg_namespace n on n.oid = c.relnamespace
                join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
                where n.nspname = 'public' and c.relkind in ('r', 'p') order by c.relname""")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }
}
