package vn.vusta.platform;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import vn.vusta.platform.deploy.LocalStack;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * GreenMail, a real SMTP server, in the test JVM on a free loopback port, started before the first test class and
 * kept for the JVM; spring.mail points the platform at it. Tests read what it received.
 */
public final class TestMailServer implements BeforeAllCallback {

    /** A mail as its reader sees it. */
    public record Received(List<String> to, String subject, String body) {
    }

    private static GreenMail server;

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    private static synchronized GreenMail start() {
        if (server == null) {
            int port = LocalStack.freePort();
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "test-mail-stop"));
            System.setProperty("spring.mail.host", "127.0.0.1");
            System.setProperty("spring.mail.port", String.valueOf(port));
        }
        return server;
    }

    /** Every mail received so far to this address. */
    public static List<Received> receivedBy(String address) {
        var received = new ArrayList<Received>();
        for (MimeMessage message : start().getReceivedMessages()) {
            try {
                List<String> to = Arrays.stream(message.getAllRecipients()).map(Address::toString).toList();
                if (to.contains(address)) {
                    received.add(new Received(to, message.getSubject(), message.getContent().toString()));
                }
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return received;
    }
}
