package vn.vusta.platform.db;

import org.flywaydb.core.Flyway;
import vn.vusta.platform.deploy.LocalCredentials;
import vn.vusta.platform.deploy.test.TestStack;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
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

    /** As the applications begin a transaction in a tenant's scope: with a proof made with the scope key (V28). */
    static void beginTenantScope(Connection c, UUID tenant) throws SQLException {
        String[] proof = proof("tenant|" + tenant);
        call(c, "select begin_proven_tenant_scope(?::uuid, ?, ?)", tenant.toString(), proof[0], proof[1]);
    }

    static void beginNationalScope(Connection c) throws SQLException {
        String[] proof = proof("national");
        call(c, "select begin_proven_national_scope(?, ?)", proof[0], proof[1]);
    }

    static void beginTenantMerge(Connection c, UUID source, UUID target) throws SQLException {
        String[] proof = proof("merge|" + source + "|" + target);
        call(c, "select begin_tenant_merge(?::uuid, ?::uuid, ?, ?)", source.toString(), target.toString(), proof[0], proof[1]);
    }

    static void beginErasure(Connection c, UUID tenant, UUID member) throws SQLException {
        String[] proof = proof("erasure|" + tenant + "|" + member);
        call(c, "select begin_erasure(?, ?, ?)", member.toString(), proof[0], proof[1]);
    }

    /**
     * A nonce ("<epoch seconds>.<random>") and HMAC-SHA256(scope key, message|nonce) in hex, as the applications'
     * ScopeProofs make them; written here again so that this test states the format PostgreSQL checks.
     */
    static String[] proof(String message) {
        return proof(message, LocalCredentials.SCOPE_KEY, Instant.now());
    }

    static String[] proof(String message, String key, Instant issued) {
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        String nonce = issued.getEpochSecond() + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return new String[] {nonce, HexFormat.of().formatHex(mac.doFinal((message + "|" + nonce).getBytes(StandardCharsets.UTF_8)))};
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static void call(Connection c, String sql, String... parameters) throws SQLException {
        try (var s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setString(i + 1, parameters[i]);
            }
            s.execute();
        }
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
