package vn.vusta.platform.deploy.test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No personal data in the logs (issue 20): a module's test run writes its log to target/test-logs (the module's
 * pom.xml); after the run, its {@code PersonalDataInLogsIT} searches that log for the names, e-mails and phones of the
 * demo members and the demo users' names and e-mails ({@link DemoPeople}), and fails naming each line where one was
 * found. It cannot pass for want of something to search: the names and the log must be there, and long.
 */
public final class LogsWithoutPersonalData {

    private static final Path LOGS = Path.of("target", "test-logs");

    private LogsWithoutPersonalData() {
    }

    /** Fails naming the lines of this module's test logs that hold a demo person's name or contact. */
    public static void check() {
        check(LOGS);
    }

    static void check(Path directory) {
        try {
            search(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void search(Path directory) throws IOException {
        Set<String> names = DemoPeople.names();
        Set<String> contacts = DemoPeople.contacts();
        assertThat(names).as("the demo people's names searched").hasSizeGreaterThan(20)
                .contains("Hoàng Văn Kể", "Nguyễn Văn Phát");
        assertThat(contacts).as("the e-mails and phones searched").contains("hoivien001@thanhhoa.example.vn",
                "0900007919", "admin@thanh-hoa.demo.vusta.local", "reviewer@demo.vusta.local");
        var searched = new ArrayList<String>(names);
        searched.addAll(contacts);

        assertThat(directory).as("the test run's logs (surefire writes them; run the tests before this)").isDirectory();
        List<Path> logs;
        try (Stream<Path> files = Files.list(directory)) {
            logs = files.filter(f -> f.getFileName().toString().contains(".log")).sorted().toList();
        }
        assertThat(logs).as("the test run's log files in " + directory.toAbsolutePath()).isNotEmpty();
        long lines = 0;
        int found = 0;
        List<String> shown = new ArrayList<>();
        for (Path log : logs) {
            List<String> text = lines(log);
            lines += text.size();
            for (int i = 0; i < text.size(); i++) {
                String line = text.get(i);
                for (String value : searched) {
                    if (line.contains(value)) {
                        found++;
                        if (shown.size() < 50) {
                            shown.add("%s:%d holds \"%s\": %s".formatted(log.getFileName(), i + 1, value, line));
                        }
                    }
                }
            }
        }
        assertThat(lines).as("the test run logged (the application's start alone writes dozens of lines)")
                .isGreaterThan(50);
        assertThat(shown).as("log lines with a demo member's or user's name or contact (%d; the first 50)", found)
                .isEmpty();
    }

    /** A log's lines; the files it rolled into (at midnight, or by size) are gzipped. */
    private static List<String> lines(Path log) throws IOException {
        if (!log.getFileName().toString().endsWith(".gz")) {
            return Files.readAllLines(log, StandardCharsets.UTF_8);
        }
        try (var reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(log)), StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        }
    }
}
