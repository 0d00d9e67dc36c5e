package vn.vusta.platform.deploy.test;

import vn.vusta.platform.deploy.LocalStack;

/**
 * The one stack of a test JVM. It starts on first use and stops when the JVM exits; a class that needs Keycloak
 * after one that did not restarts it with Keycloak.
 */
public final class TestStack {

    private static LocalStack stack;
    private static boolean withKeycloak;

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
        stack = LocalStack.start(LocalStack.Ports.free(), keycloak);
        withKeycloak = keycloak;
        return stack;
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
