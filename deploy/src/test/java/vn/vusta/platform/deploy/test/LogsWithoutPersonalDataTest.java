package vn.vusta.platform.deploy.test;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The search of a test run's logs reads the files the log rolled into as well: a run that crosses midnight (CI did,
 * 2026-12-07) leaves yesterday's lines compressed beside the current file, and the search then failed on the gzip's
 * bytes instead of reading them.
 */
class LogsWithoutPersonalDataTest {

    @TempDir
    Path logs;

    @Test
    void aNameInTheLogThatRolledAtMidnightIsFound() throws IOException {
        write(logs.resolve("platform-api.log"), quietLines());
        try (OutputStream gzip = new GZIPOutputStream(Files.newOutputStream(
                logs.resolve("platform-api.log.2026-12-06.0.gz")))) {
            gzip.write(("INFO started\nWARN member Hoàng Văn Kể could not be exported\n")
                    .getBytes(StandardCharsets.UTF_8));
        }

        assertThatThrownBy(() -> LogsWithoutPersonalData.check(logs))
                .hasMessageContaining("platform-api.log.2026-12-06.0.gz:2 holds \"Hoàng Văn Kể\"");
    }

    @Test
    void logsThatRolledWithoutPersonalDataPass() throws IOException {
        write(logs.resolve("platform-api.log"), quietLines());
        try (OutputStream gzip = new GZIPOutputStream(Files.newOutputStream(
                logs.resolve("platform-api.log.2026-12-06.0.gz")))) {
            gzip.write(quietLines().getBytes(StandardCharsets.UTF_8));
        }

        assertThatCode(() -> LogsWithoutPersonalData.check(logs)).doesNotThrowAnyException();
    }

    private static String quietLines() {
        return String.join("\n", Collections.nCopies(60, "INFO member 3f2a… updated by user 9c1e…")) + "\n";
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
