package vn.vusta.platform.deploy.test;

import vn.vusta.platform.deploy.LocalStack;

/**
 * The one stack of a test JVM. It starts on first use and stops when the JVM exits; a class that needs Keycloak
 * after one that did not restarts it with Keycloak.
 */
public final class TestStack {

    private static LocalStack stack;
    private static boolean withKeycloak;
    private static int smtpPort;

    private TestStack() {
    }

    public static synchronized LocalStack get(boolean keycloak) {
        if (stack != null && (withKeycloak || !keycloak)) {
            return stack;
        }
        if (stack != null) {
            stack.close();
        } else {
            Runtime.getRuntime().addShutdownHook(new Thread(TestStack::stop, "test-stack-stop"));
        }
        // Keycloak mails to the test JVM's GreenMail, on one port for the whole JVM.
        stack = LocalStack.start(LocalStack.Ports.free().withSmtp(smtpPort()), keycloak);
        withKeycloak = keycloak;
        return stack;
    }

    /** The port of the test JVM's SMTP server ({@link TestMail}), chosen once, before Keycloak first starts. */
    public static synchronized int smtpPort() {
        if (smtpPort == 0) {
            smtpPort = LocalStack.freePort();
        }
        return smtpPort;
    }

    /** The running stack; fails when no test class asked for it. */
    public static synchronized LocalStack current() {
        if (stack == null) {
            throw new IllegalStateException("No stack: annotate the test class with @RealServices");
        }
        return stack;
    }

    private static synchronized void stop() {
        if (stack != null) {
            stack.close();
            stack = null;
        }
    }
}
