package vn.vusta.platform.deploy;

import redis.embedded.RedisInstance;

import java.io.IOException;
import java.io.UncheckedIOException;

/** A real redis-server (shipped inside the embedded-redis jar) on loopback. */
public final class RedisServer implements AutoCloseable {

    private final RedisInstance server;
    private final int port;

    private RedisServer(RedisInstance server, int port) {
        this.server = server;
        this.port = port;
    }

    public static RedisServer start(int port) {
        try {
            var server = redis.embedded.RedisServer.newRedisServer()
                    .bind("127.0.0.1")
                    .port(port)
                    .setting("save \"\"")
                    .setting("appendonly no")
                    .build();
            server.start();
            return new RedisServer(server, port);
        } catch (IOException e) {
            throw new UncheckedIOException("Redis did not start on 127.0.0.1:" + port, e);
        }
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // What pause() froze: a frozen Redis cannot say its process id.
    private java.util.List<ProcessHandle> paused = java.util.List.of();

    /** SIGSTOP of redis-server: connections stay open and nothing answers. */
    public synchronized void pause() {
        paused = java.util.List.of(process());
        Signals.send("STOP", paused);
    }

    public synchronized void resume() {
        Signals.send("CONT", paused);
        paused = java.util.List.of();
    }

    /** Stops redis-server; {@link #start()} starts it again, empty, on the same port. */
    public void stop() {
        close();
    }

    public void start() {
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Redis did not start again on 127.0.0.1:" + port, e);
        }
    }

    // Redis says its own process id (INFO server), which the embedded launcher does not expose.
    private ProcessHandle process() {
        try (var socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(2000);
            socket.getOutputStream().write("INFO server\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            var in = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("process_id:")) {
                    long pid = Long.parseLong(line.substring("process_id:".length()).trim());
                    return ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("No process " + pid));
                }
            }
            throw new IllegalStateException("Redis did not say its process id");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not ask Redis its process id", e);
        }
    }

    /** Redis that asks every client for this password (production on one server). */
    public static RedisServer start(int port, String password) {
        try {
            var server = redis.embedded.RedisServer.newRedisServer()
                    .bind("127.0.0.1")
                    .port(port)
                    .setting("save \"\"")
                    .setting("appendonly no")
                    .setting("requirepass " + password)
                    .build();
            server.start();
            return new RedisServer(server, port);
        } catch (IOException e) {
            throw new UncheckedIOException("Redis did not start on 127.0.0.1:" + port, e);
        }
    }
}
