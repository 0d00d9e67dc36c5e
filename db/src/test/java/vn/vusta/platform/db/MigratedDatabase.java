package vn.vusta.platform.db;

import org.flywaydb.core.Flyway;
import vn.vusta.platform.deploy.LocalCredentials;
import vn.vusta.platform.deploy.test.TestStack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The test stack's database, migrated with the demo data, reached as the owner, as the application's role or as
 * tenant-admin's.
 */
final class MigratedDatabase {

    static final UUID THANH_HOA = UUID.fromString("0195d2a0-0000-7000-8000-000000000038");
    static final UUID HAI_PHONG = UUID.fromString("0195d2a0-0000-7000-8000-000000000031");

    private MigratedDatabase() {
    }

    static void migrate() {
        Flyway.configure()
                .dataSource(url(), LocalCredentials.OWNER_ROLE, LocalCredentials.OWNER_PASSWORD)
                .locations("classpath:db/migration", "classpath:db/demo")
                .placeholders(Map.of("app_role", LocalCredentials.APP_ROLE, "admin_role", LocalCredentials.ADMIN_ROLE,
                        "scope_key", LocalCredentials.SCOPE_KEY))
                .load()
                .migrate();
    }

    static Connection asOwner() throws SQLException {
        return DriverManager.getConnection(url(), LocalCredentials.OWNER_ROLE, LocalCredentials.OWNER_PASSWORD);
    }

    static Connection asApplication() throws SQLException {
        return DriverManager.getConnection(url(), LocalCredentials.APP_ROLE, LocalCredentials.APP_PASSWORD);
    }

    static Connection asAdministration() throws SQLException {
        return DriverManager.getConnection(url(), LocalCredentials.ADMIN_ROLE, LocalCredentials.ADMIN_PASSWORD);
    }

    /** Every table of the schema with a tenant_id column: the tenant-owned tables, found, not listed. */
    static List<String> tenantTables(Connection connection) throws SQLException {
        var tables = new ArrayList<String>();
        try (var rs = connection.createStatement().executeQuery("""
                select c.relname
                from pg_class c
                join pg_namespace n on n.oid = c.relnamespace
                join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
                where n.nspname = 'public' and c.relkind in ('r', 'p')
                order by c.relname""")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private static String url() {
        return TestStack.current().postgres().jdbcUrl();
    }
}
