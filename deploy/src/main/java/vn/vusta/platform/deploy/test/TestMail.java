package vn.vusta.platform.deploy.test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * GreenMail, a real SMTP server, in the test JVM on one free loopback port for the JVM: Keycloak (the realm's
 * smtpServer) and platform-api (spring.mail, set by its tests) send to it. Tests read what it received.
 */
public final class TestMail {

    /** A mail as its reader sees it: the text of its plain part (else of its first part). */
    public record Received(List<String> to, String subject, String body) {
    }

    /** Starts it before a test class: {@code @ExtendWith(TestMail.Starter.class)}. */
    public static final class Starter implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            start();
        }
    }

    private static GreenMail server;
    private static boolean stopHook;

    private TestMail() {
    }

    /** The port, chosen once per JVM before Keycloak starts (Keycloak is told it in its environment). */
    public static int port() {
        return TestStack.smtpPort();
    }

    /** Starts the server once (an application that sends mail points its spring.mail at {@link #port()}). */
    public static synchronized GreenMail start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            if (!stopHook) {
                Runtime.getRuntime().addShutdownHook(new Thread(TestMail::stop, "test-mail-stop"));
                stopHook = true;
            }
        }
        return server;
    }

    /**
     * Stops the server, as a mail server that is down: senders get a refused connection on its port until
     * {@link #start()} starts it again (on the same port, with none of the mails received before).
     */
    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Every mail received so far to this address. */
    public static List<Received> receivedBy(String address) {
        var received = new ArrayList<Received>();
        for (MimeMessage message : start().getReceivedMessages()) {
            try {
                List<String> to = Arrays.stream(message.getAllRecipients()).map(Address::toString).toList();
                if (to.contains(address)) {
                    received.add(new Received(to, message.getSubject(), text(message)));
                }
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return received;
    }

    /** The first mail to this address that matches, waiting for it up to the timeout (Keycloak sends on its own). */
    public static Received awaitMail(String address, Predicate<Received> matching, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            var found = receivedBy(address).stream().filter(matching).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("No mail to " + address + " within " + timeout);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static String text(Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                if (multipart.getBodyPart(i).isMimeType("text/plain")) {
                    return text(multipart.getBodyPart(i));
                }
            }
            return multipart.getCount() == 0 ? "" : text(multipart.getBodyPart(0));
        }
        return String.valueOf(content);
    }
}
