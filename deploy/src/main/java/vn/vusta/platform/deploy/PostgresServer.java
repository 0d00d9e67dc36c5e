package vn.vusta.platform.deploy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static vn.vusta.platform.deploy.LocalCredentials.*;

/**
 * A real PostgreSQL 18 (zonky's embedded binaries) on loopback, with the platform's roles: an owner that Flyway
 * migrates as, and an application role that owns nothing and cannot bypass row-level security.
 */
public final class PostgresServer implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** @param port a loopback port, or 0 for any free one */
    public static PostgresServer start(int port) {
        return start(port, null, Passwords.LOCAL);
    }

    private void createRolesAndDatabases(Passwords passwords) {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create role " + OWNER_ROLE + " login nosuperuser nocreaterole nobypassrls password '" + passwords.owner() + "'");
            s.execute("create role " + APP_ROLE + " login nosuperuser nocreatedb nocreaterole nobypassrls password '" + passwords.app() + "'");
            s.execute("create role " + ADMIN_ROLE + " login nosuperuser nocreatedb nocreaterole nobypassrls password '" + passwords.admin() + "'");
            s.execute("create database " + DATABASE + " owner " + OWNER_ROLE);
            s.execute("revoke all on database " + DATABASE + " from public");
            s.execute("grant connect on database " + DATABASE + " to " + APP_ROLE + ", " + ADMIN_ROLE);
            s.execute("create role " + KEYCLOAK_DB_ROLE + " login password '" + passwords.keycloak() + "'");
            s.execute("create database " + KEYCLOAK_DATABASE + " owner " + KEYCLOAK_DB_ROLE);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the roles of the embedded PostgreSQL", e);
        }
        // PostgreSQL 15+ no longer lets every role create in schema public; the owner of the database owns it.
        try (Connection c = postgres.getDatabase("postgres", DATABASE).getConnection(); Statement s = c.createStatement()) {
            s.execute("alter schema public owner to " + OWNER_ROLE);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the schema of the embedded PostgreSQL", e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    public String jdbcUrl() {
        return jdbcUrl(DATABASE);
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // The postmaster and its children, found from a backend: frozen and thawed together.
    private java.util.List<ProcessHandle> paused = java.util.List.of();

    /** SIGSTOP of the postmaster and every process it started: connections stay open and nothing answers. */
    public synchronized void pause() {
        ProcessHandle postmaster;
        // The backend's parent is read while the backend lives, that is while its connection is open.
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
             var result = s.executeQuery("select pg_backend_pid()")) {
            result.next();
            long backend = result.getLong(1);
            postmaster = ProcessHandle.of(backend).flatMap(ProcessHandle::parent)
                    .orElseThrow(() -> new IllegalStateException("No postmaster above backend " + backend));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not find PostgreSQL's processes", e);
        }
        var all = new java.util.ArrayList<ProcessHandle>();
        all.add(postmaster);
        postmaster.descendants().forEach(all::add);
        paused = all; // first: a resume thaws whatever a failing pause froze
        Signals.send("STOP", all);
    }

    /** SIGCONT of what {@link #pause()} froze. */
    public synchronized void resume() {
        Signals.send("CONT", paused);
        paused = java.util.List.of();
    }

    /**
     * The passwords of the roles, set when the data directory is created. With a superuser password (production),
     * the new directory's server then asks every connection for its password (scram-sha-256) instead of zonky's
     * trust, so no other account of the machine can connect as a role, let alone as the superuser.
     */
    public record Passwords(String owner, String app, String admin, String keycloak, String superuser) {

        public static final Passwords LOCAL = new Passwords(OWNER_PASSWORD, APP_PASSWORD, ADMIN_PASSWORD, KEYCLOAK_DB_PASSWORD, null);

        public Passwords {
            for (String password : new String[]{owner, app, admin, keycloak, superuser == null ? "-" : superuser}) {
                // They are written into SQL once, at creation; a quote would break out of the literal.
                if (password == null || password.isEmpty() || password.contains("'")) {
                    throw new IllegalArgumentException("A database password is empty or contains a quote (')");
                }
            }
        }
    }

    /**
     * @param port          a loopback port, or 0 for any free one
     * @param dataDirectory where the data is kept across starts, or null for a temporary one deleted at close
     * @param passwords     of the roles, set only when the data directory is new
     */
    public static PostgresServer start(int port, java.nio.file.Path dataDirectory, Passwords passwords) {
        try {
            var builder = EmbeddedPostgres.builder();
            if (port > 0) {
                builder.setPort(port);
            }
            if (dataDirectory != null) {
                // zonky runs initdb only where there is no postgresql.conf, and keeps the directory at close.
                builder.setDataDirectory(dataDirectory)
                        .setCleanDataDirectory(false)
                        // zonky starts PostgreSQL with -F (fsync off) and synchronous_commit off, fine for a database
                        // thrown away after the tests, not for data kept: a crash could lose acknowledged commits.
                        .setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        // Recovery after a crash takes longer than zonky's 10 s.
                        .setPGStartupWait(java.time.Duration.ofMinutes(2));
                if (passwords.superuser() != null && java.nio.file.Files.exists(dataDirectory.resolve("PG_VERSION"))) {
                    // Made before: the server asks for passwords, zonky's readiness check too.
                    builder.setConnectConfig("password", passwords.superuser());
                }
            }
            var postgres = builder
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "200")
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C")
                    .start();
            var server = new PostgresServer(postgres);
            server.superuserPassword = passwords.superuser();
            // Roles and databases once, on a new data directory (Keycloak's database is the last one made).
            if (!server.hasDatabase(KEYCLOAK_DATABASE)) {
                server.createRolesAndDatabases(passwords);
                if (passwords.superuser() != null) {
                    server.requirePasswords(dataDirectory, passwords.superuser());
                }
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start on 127.0.0.1:" + port, e);
        }
    }

    private void requirePasswords(java.nio.file.Path dataDirectory, String superuserPassword) {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("alter role postgres password '" + superuserPassword + "'");
            java.nio.file.Files.writeString(dataDirectory.resolve("pg_hba.conf"), """
                    # Written by the VUSTA launcher (production): every connection gives its role's password.
                    local all all scram-sha-256
                    host  all all 127.0.0.1/32 scram-sha-256
                    host  all all ::1/128 scram-sha-256
                    """);
            s.execute("select pg_reload_conf()");
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Could not make the embedded PostgreSQL ask for passwords", e);
        }
    }

    /** The superuser's password, once the server asks for one (production); null for trust (local, tests). */
    private String superuserPassword;

    private Connection asSuperuser(String database) throws SQLException {
        return superuserPassword == null ? postgres.getDatabase("postgres", database).getConnection()
                : postgres.getDatabase("postgres", database, Map.of("password", superuserPassword)).getConnection();
    }

    private boolean hasDatabase(String name) {
        try (Connection c = asSuperuser("postgres");
             var s = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            s.setString(1, name);
            try (var rows = s.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the databases of the embedded PostgreSQL", e);
        }
    }

    /** Whether the platform's database has been migrated before (Flyway's history exists): not a new database. */
    public boolean migrated() {
        try (Connection c = asSuperuser(DATABASE); Statement s = c.createStatement();
             var rows = s.executeQuery("select to_regclass('public.flyway_schema_history') is not null")) {
            rows.next();
            return rows.getBoolean(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the platform database's migration history", e);
        }
    }
}
