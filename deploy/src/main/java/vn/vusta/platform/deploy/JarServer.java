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
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A server shipped as an executable jar, which the deploy module's build fetches from Maven Central, run in a JVM of
 * its own and ready once it listens on its loopback port (GreenMail for the local run's mails, S3Proxy for the tests
 * of the S3 storage).
 */
public final class JarServer implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final String name;
    private final Process process;
    private final Path log;

    private JarServer(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /**
     * @param jarProperty the property of {@code <jarProperty>.properties} (beside the caller's class, written by the
     *                    build) that names the jar
     */
    public static JarServer start(String name, Class<?> caller, String jarProperty, List<String> jvmOptions,
                                  List<String> arguments, int port, Path log) {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        try {
            command.add(jar(caller, jarProperty).toString());
            command.addAll(arguments);
            var process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            var server = new JarServer(name, process, log);
            server.awaitListening(port);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(name + " did not start", e);
        }
    }

    private void awaitListening(int port) {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; its log: " + log);
            }
            try (var ignored = new Socket(InetAddress.getLoopbackAddress(), port)) {
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
        throw new IllegalStateException(name + " did not listen within " + READY_TIMEOUT + "; its log: " + log);
    }

    private static Path jar(Class<?> caller, String property) throws IOException {
        var properties = new Properties();
        try (InputStream in = caller.getResourceAsStream(property.substring(0, property.indexOf('.')) + ".properties")) {
            properties.load(in);
        }
        Path jar = Path.of(properties.getProperty(property));
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
