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
