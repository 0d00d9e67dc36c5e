package vn.vusta.platform;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import vn.vusta.platform.deploy.test.TestMail;

import java.util.List;

/**
 * The test stack's GreenMail ({@link TestMail}), started before the first test class and kept for the JVM;
 * spring.mail points the platform at it, the realm's smtpServer points Keycloak at it. Tests read what it received.
 */
public final class TestMailServer implements BeforeAllCallback {

    /** A mail as its reader sees it. */
    public record Received(List<String> to, String subject, String body) {
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        TestMail.start();
        System.setProperty("spring.mail.host", "127.0.0.1");
        System.setProperty("spring.mail.port", String.valueOf(TestMail.port()));
    }

    /** Every mail received so far to this address. */
    public static List<Received> receivedBy(String address) {
        return TestMail.receivedBy(address).stream().map(m -> new Received(m.to(), m.subject(), m.body())).toList();
    }
}
