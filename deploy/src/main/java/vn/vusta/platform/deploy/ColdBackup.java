package vn.vusta.platform.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Backup and restore of a single server's whole platform: its data folder's PostgreSQL data directory (the
 * platform's database and Keycloak's) and stored files, in one {@code .tar.gz}, taken while the platform is stopped.
 *
 * <p>Cold, because the embedded PostgreSQL 18 comes without pg_dump or pg_basebackup (zonky's bundle has initdb,
 * pg_ctl and postgres only) and Debian's pg_dump 15 cannot dump an 18 server; a copy of the stopped folder is
 * consistent by construction — both databases and the files at one instant — and restores with the same binaries.
 * The caller holds the folder's lock, so the platform cannot run meanwhile.
 */
public final class ColdBackup {

    private static final List<String> PARTS = List.of("postgres", "files", "mode");

    private ColdBackup() {
    }

    public static void backup(DataFolder folder, Path archive) {
        var parts = new ArrayList<String>();
        for (String part : PARTS) {
            if (Files.exists(folder.root().resolve(part))) {
                parts.add(part);
            }
        }
        if (!parts.contains("postgres")) {
            throw new IllegalStateException("Nothing to back up: " + folder.root() + " has no database yet");
        }
        try {
            Path target = archive.toAbsolutePath();
            Files.createDirectories(target.getParent());
            Path partial = target.resolveSibling(target.getFileName() + ".partial");
            var command = new ArrayList<>(List.of("tar", "--create", "--gzip", "--file", partial.toString(),
                    "--directory", folder.root().toString()));
            command.addAll(parts);
            run(command);
            // The archive holds every password hash and every member's data: its owner alone reads it.
            Files.setPosixFilePermissions(partial, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the backup " + archive, e);
        }
    }

    /** Replaces the folder's database and files with the archive's; what was there is gone. */
    public static void restore(DataFolder folder, Path archive) {
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException("No backup at " + archive);
        }
        Path unpacked = folder.root().resolve(".restoring");
        try {
            KeycloakServer.deleteRecursively(unpacked);
            Files.createDirectories(unpacked);
            run(List.of("tar", "--extract", "--gzip", "--same-permissions", "--file", archive.toAbsolutePath().toString(),
                    "--directory", unpacked.toString()));
            if (!Files.isRegularFile(unpacked.resolve("postgres/PG_VERSION"))) {
                throw new IllegalStateException(archive + " is not a backup of the VUSTA platform (no postgres/PG_VERSION)");
            }
            // Only now that the archive is known to be whole is the current state replaced.
            folder.deleteState();
            for (String part : PARTS) {
                if (Files.exists(unpacked.resolve(part))) {
                    Files.move(unpacked.resolve(part), folder.root().resolve(part), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            KeycloakServer.deleteRecursively(unpacked);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not restore " + archive + " into " + folder.root(), e);
        }
    }

    private static void run(List<String> command) {
        try {
            var process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
