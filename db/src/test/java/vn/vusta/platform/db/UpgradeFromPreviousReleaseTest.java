package vn.vusta.platform.db;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vusta.platform.deploy.LocalCredentials;
import vn.vusta.platform.deploy.PostgresServer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upgrade as a server that ran an earlier release meets it: a database made by that release's migrations, with
 * its demo data, is migrated by this version's. Flyway validates (no applied migration was changed or removed) and
 * applies what is new; the data of the release is still there.
 *
 * <p>Each release folder under src/test/resources/db/releases holds a copy of that release's db/migration and
 * db/demo; at each release a copy is added (README → Run it on one server → Upgrades), so this test always runs
 * the newest migrations over the data of every kept release.
 */
class UpgradeFromPreviousReleaseTest {

    private static final List<String> KEPT = List.of("tenant", "unit", "member", "event", "report", "stored_file", "audit_event");
    private static final Path RELEASES = Path.of("src/test/resources/db/releases");

    static Stream<String> releases() throws IOException {
        try (var folders = Files.list(RELEASES)) {
            return folders.map(folder -> folder.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("releases")
    void theNewMigrationsValidateAndMigrateADatabaseOfAnEarlierReleaseWithItsDemoData(String release) throws Exception {
        try (var postgres = PostgresServer.start(0)) {
            String url = postgres.jdbcUrl();
            String previous = "classpath:db/releases/" + release;
            var old = flyway(url, previous + "/migration", previous + "/demo");
            old.migrate();
            MigrationVersion released = old.info().current().getVersion();
            Map<String, Long> before = rowCounts(url);
            assertThat(before.get("tenant")).as("the release's demo tenants").isGreaterThan(0);
            assertThat(before.get("member")).as("the release's demo members").isGreaterThan(0);

            var current = flyway(url, "classpath:db/migration", "classpath:db/demo");
            var result = current.migrate();
            current.validate();

            MigrationVersion newest = current.info().current().getVersion();
            assertThat(newest).as("migrated to this version's newest migration").isEqualTo(newestMigration());
            assertThat(newest.compareTo(released)).isGreaterThanOrEqualTo(0);
            assertThat(current.info().pending()).isEmpty();
            assertThat(result.success).isTrue();
            // The unions' data of the release is still there (the demo scripts only add what is missing). A migration
            // that moves one of these tables' rows elsewhere names where here.
            Map<String, Long> after = rowCounts(url);
            for (String table : KEPT) {
                assertThat(after.get(table)).as(table).isGreaterThanOrEqualTo(before.get(table));
            }
        }
    }

    private static Flyway flyway(String url, String... locations) {
        return Flyway.configure()
                .dataSource(url, LocalCredentials.OWNER_ROLE, LocalCredentials.OWNER_PASSWORD)
                .locations(locations)
                .placeholders(Map.of("app_role", LocalCredentials.APP_ROLE, "admin_role", LocalCredentials.ADMIN_ROLE,
                        "scope_key", LocalCredentials.SCOPE_KEY))
                .load();
    }

    /** The highest version in this version's db/migration. */
    private static MigrationVersion newestMigration() throws IOException {
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return files.map(f -> f.getFileName().toString())
                    .filter(name -> name.matches("V[0-9_.]+__.*\\.sql"))
                    .map(name -> MigrationVersion.fromVersion(name.substring(1, name.indexOf("__")).replace('_', '.')))
                    .max(MigrationVersion::compareTo)
                    .orElseThrow();
        }
    }

    /** Rows of every table of the public schema, read as the superuser (row-level security does not hide rows from it). */
    private static Map<String, Long> rowCounts(String url) throws SQLException {
        var counts = new TreeMap<String, Long>();
        try (var c = DriverManager.getConnection(url, "postgres", "")) {
            var tables = new java.util.ArrayList<String>();
            try (var rows = c.createStatement().executeQuery("select tablename from pg_tables where schemaname = 'public'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (var rows = c.createStatement().executeQuery("select count(*) from public.\"" + table + "\"")) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                }
            }
        }
        return counts;
    }
}
