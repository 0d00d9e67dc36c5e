package vn.vusta.platform.db.codegen;

import org.flywaydb.core.Flyway;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.Target;
import vn.vusta.platform.deploy.LocalCredentials;
import vn.vusta.platform.deploy.PostgresServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;

/**
 * Build step of the db module, run from source by the exec plugin: starts an embedded PostgreSQL 18, applies the
 * Flyway migrations as the schema owner and generates the jOOQ classes from the result. Skips all of it when
 * the migrations did not change since the last run (mvn clean forces it).
 *
 * <p>Arguments: the migrations folder, the folder of the generated sources.
 */
public final class JooqCodegen {

    private static final String PACKAGE = "vn.vusta.platform.db.jooq";

    public static void main(String[] args) throws Exception {
        Path migrations = Path.of(args[0]);
        Path target = Path.of(args[1]);
        Path stamp = target.resolve(".inputs.sha256");
        String inputs = inputsHash(migrations);
        if (Files.exists(stamp) && Files.readString(stamp).equals(inputs)) {
            System.out.println("jOOQ classes are up to date with " + migrations);
            return;
        }
        try (var postgres = PostgresServer.start(0)) {
            String url = postgres.jdbcUrl();
            Flyway.configure()
                    .dataSource(url, LocalCredentials.OWNER_ROLE, LocalCredentials.OWNER_PASSWORD)
                    .locations("filesystem:" + migrations)
                    .placeholders(Map.of("app_role", LocalCredentials.APP_ROLE, "admin_role", LocalCredentials.ADMIN_ROLE,
                        "scope_key", LocalCredentials.SCOPE_KEY))
                    .load()
                    .migrate();
            GenerationTool.generate(new Configuration()
                    .withJdbc(new Jdbc()
                            .withDriver("org.postgresql.Driver")
                            .withUrl(url)
                            .withUser(LocalCredentials.OWNER_ROLE)
                            .withPassword(LocalCredentials.OWNER_PASSWORD))
                    .withGenerator(new Generator()
                            .withDatabase(new Database()
                                    .withName("org.jooq.meta.postgres.PostgresDatabase")
                                    .withInputSchema("public")
                                    .withOutputSchemaToDefault(true)
                                    // Migration helpers, not for the application.
                                    .withExcludes("flyway_schema_history|enable_tenant_isolation|refuse_audit_change"))
                            .withGenerate(new Generate()
                                    .withJavaTimeTypes(true)
                                    .withRecords(true)
                                    .withPojos(false)
                                    .withFluentSetters(true))
                            .withTarget(new Target()
                                    .withPackageName(PACKAGE)
                                    .withDirectory(target.toString())
                                    .withClean(true))));
        }
        Files.writeString(stamp, inputs);
    }

    private static String inputsHash(Path migrations) throws Exception {
        var digest = MessageDigest.getInstance("SHA-256");
        try (var files = Files.list(migrations)) {
            for (Path file : files.sorted().toList()) {
                digest.update(file.getFileName().toString().getBytes());
                digest.update(Files.readAllBytes(file));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
