package vn.vusta.platform.deploy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

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
        try {
            var builder = EmbeddedPostgres.builder();
            if (port > 0) {
                builder.setPort(port);
            }
            var postgres = builder
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "200")
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C")
                    .start();
            var server = new PostgresServer(postgres);
            server.createRolesAndDatabases();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start on 127.0.0.1:" + port, e);
        }
    }

    private void createRolesAndDatabases() {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create role " + OWNER_ROLE + " login nosuperuser nocreaterole nobypassrls password '" + OWNER_PASSWORD + "'");
            s.execute("create role " + APP_ROLE + " login nosuperuser nocreatedb nocreaterole nobypassrls password '" + APP_PASSWORD + "'");
            s.execute("create role " + ADMIN_ROLE + " login nosuperuser nocreatedb nocreaterole nobypassrls password '" + ADMIN_PASSWORD + "'");
            s.execute("create database " + DATABASE + " owner " + OWNER_ROLE);
            s.execute("revoke all on database " + DATABASE + " from public");
            s.execute("grant connect on database " + DATABASE + " to " + APP_ROLE + ", " + ADMIN_ROLE);
            s.execute("create role " + KEYCLOAK_DB_ROLE + " login password '" + KEYCLOAK_DB_PASSWORD + "'");
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
}
