package vn.vusta.platform.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * GreenMail, in a JVM of its own on loopback, as the local run's SMTP server: it keeps every mail in memory and
 * delivers none, so the reminders of the demo never leave the machine. Its API (and web page) shows the mails; IMAP
 * reads them with any login.
 */
public final class MailSink implements AutoCloseable {

    public static final int SMTP_PORT = 3025;
    public static final int IMAP_PORT = 3143;
    public static final int API_PORT = 8025;
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final Path log;

    private MailSink(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    public static MailSink start(Path logs) {
        try {
            Path log = logs.resolve("greenmail.log");
            var process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx128m",
                    "-Dgreenmail.smtp.hostname=127.0.0.1", "-Dgreenmail.smtp.port=" + SMTP_PORT,
                    "-Dgreenmail.imap.hostname=127.0.0.1", "-Dgreenmail.imap.port=" + IMAP_PORT,
                    "-Dgreenmail.api.hostname=127.0.0.1", "-Dgreenmail.api.port=" + API_PORT,
                    "-Dgreenmail.auth.disabled",
                    "-jar", jar().toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            var sink = new MailSink(process, log);
            sink.awaitListening();
            return sink;
        } catch (IOException e) {
            throw new UncheckedIOException("GreenMail did not start", e);
        }
    }

    private void awaitListening() {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("GreenMail exited with " + process.exitValue() + "; its log: " + log);
            }
            try (var ignored = new Socket(InetAddress.getLoopbackAddress(), SMTP_PORT)) {
                return;
            } catch (IOException notYet) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
        close();
        throw new IllegalStateException("GreenMail did not listen within " + READY_TIMEOUT + "; its log: " + log);
    }

    private static Path jar() throws IOException {
        var properties = new Properties();
        try (InputStream in = MailSink.class.getResourceAsStream("greenmail.properties")) {
            properties.load(in);
        }
        Path jar = Path.of(properties.getProperty("greenmail.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: the build of the deploy module fetches it");
        }
        return jar;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
