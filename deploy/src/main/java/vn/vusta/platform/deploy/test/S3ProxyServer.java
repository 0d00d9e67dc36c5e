package vn.vusta.platform.deploy.test;

import vn.vusta.platform.deploy.JarServer;
import vn.vusta.platform.deploy.LocalStack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * S3Proxy, a real S3-compatible server, in a JVM of its own on loopback, keeping its objects in memory: the store
 * the tests of the S3 file storage write to. The credentials are LOCAL DEVELOPMENT ONLY.
 */
public final class S3ProxyServer implements AutoCloseable {

    public static final String ACCESS_KEY = "local-dev-only-access-key";
    public static final String SECRET_KEY = "local-dev-only-secret-key";
    private final JarServer server;
    private final int port;

    private S3ProxyServer(JarServer server, int port) {
        this.server = server;
        this.port = port;
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
            return new S3ProxyServer(JarServer.start("S3Proxy", S3ProxyServer.class, "s3proxy.jar", List.of("-Xmx256m"),
                    List.of("--properties", configuration.toString()), port, log), port);
        } catch (IOException e) {
            throw new UncheckedIOException("S3Proxy did not start", e);
        }
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        server.close();
    }
}
