package vn.vusta.platform.deploy.test;

import vn.vusta.platform.deploy.LocalStack;

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
 * S3Proxy, a real S3-compatible server, in a JVM of its own on loopback, keeping its objects in memory: the store
 * the tests of the S3 file storage write to. The credentials are LOCAL DEVELOPMENT ONLY.
 */
public final class S3ProxyServer implements AutoCloseable {

    public static final String ACCESS_KEY = "local-dev-only-access-key";
    public static final String SECRET_KEY = "local-dev-only-secret-key";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final int port;
    private final Path log;

    private S3ProxyServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    public static S3ProxyServer start() {
        try {
            int port = LocalStack.freePort();
            Path configuration = Files.createTempFile("vusta-s3proxy-", ".properties");
            Files.writeString(configuration, String.join("\n",
                    "s3proxy.endpoint=http://127.0.0.1:" + port,
                    "s3proxy.authorization=aws-v2-or-v4",
                    "s3proxy.identity=" + ACCESS_KEY,
                    "s3proxy.credential=" + SECRET_KEY,
                    "jclouds.provider=transient",
                    "jclouds.identity=" + ACCESS_KEY,
                    "jclouds.credential=" + SECRET_KEY) + "\n");
            Path log = Files.createTempFile("vusta-s3proxy-" + port + "-", ".log");
            var process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-jar", jar().toString(), "--properties", configuration.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            var server = new S3ProxyServer(process, port, log);
            server.awaitListening();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("S3Proxy did not start", e);
        }
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    private void awaitListening() {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("S3Proxy exited with " + process.exitValue() + "; its log: " + log);
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
        throw new IllegalStateException("S3Proxy did not listen within " + READY_TIMEOUT + "; its log: " + log);
    }

    private static Path jar() throws IOException {
        var properties = new Properties();
        try (InputStream in = S3ProxyServer.class.getResourceAsStream("s3proxy.properties")) {
            properties.load(in);
        }
        Path jar = Path.of(properties.getProperty("s3proxy.jar"));
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
