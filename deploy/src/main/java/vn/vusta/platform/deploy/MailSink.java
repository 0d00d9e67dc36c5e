package vn.vusta.platform.deploy;

import java.nio.file.Path;
import java.util.List;

/**
 * GreenMail, in a JVM of its own on loopback, as the local run's SMTP server: it keeps every mail in memory and
 * delivers none, so the reminders of the demo never leave the machine. Its API (and web page) shows the mails; IMAP
 * reads them with any login.
 */
public final class MailSink implements AutoCloseable {

    public static final int SMTP_PORT = 3025;
    public static final int IMAP_PORT = 3143;
    public static final int API_PORT = 8025;

    private final JarServer server;

    private MailSink(JarServer server) {
        this.server = server;
    }

    public static MailSink start(Path logs) {
        return new MailSink(JarServer.start("GreenMail", MailSink.class, "greenmail.jar", List.of("-Xmx128m",
                        "-Dgreenmail.smtp.hostname=127.0.0.1", "-Dgreenmail.smtp.port=" + SMTP_PORT,
                        "-Dgreenmail.imap.hostname=127.0.0.1", "-Dgreenmail.imap.port=" + IMAP_PORT,
                        "-Dgreenmail.api.hostname=127.0.0.1", "-Dgreenmail.api.port=" + API_PORT,
                        "-Dgreenmail.auth.disabled"),
                List.of(), SMTP_PORT, logs.resolve("greenmail.log")));
    }

    @Override
    public void close() {
        server.close();
    }
}
