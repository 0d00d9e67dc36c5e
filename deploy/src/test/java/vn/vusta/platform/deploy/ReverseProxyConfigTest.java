package vn.vusta.platform.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * deploy/nginx, the single server's reverse proxy, as Debian's nginx reads it ({@code nginx -t}, the binary fetched
 * by deploy/nginx/fetch-nginx), with a throwaway certificate in place of the real one; and what it must and must not
 * publish: the two applications and Keycloak on loopback, never a management port.
 */
class ReverseProxyConfigTest {

    private static final Path NGINX = Path.of("nginx");

    @Test
    void debiansNginxAcceptsTheConfiguration(@TempDir Path prefix) throws Exception {
        Path nginx = KeycloakServer.cacheDirectory().resolve("nginx-debian");
        run(List.of(NGINX.resolve("fetch-nginx").toAbsolutePath().toString(), nginx.toString()), Path.of("."));

        Path certificates = Files.createDirectories(prefix.resolve("certificates"));
        run(List.of("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=vusta.example.vn",
                "-keyout", certificates.resolve("privkey.pem").toString(),
                "-out", certificates.resolve("fullchain.pem").toString()), prefix);
        Files.createDirectories(prefix.resolve("snippets"));
        for (String snippet : List.of("vusta-proxy.conf", "vusta-tls.conf")) {
            Files.copy(NGINX.resolve("snippets").resolve(snippet), prefix.resolve("snippets").resolve(snippet));
        }
        String site = Files.readString(NGINX.resolve("vusta.conf"))
                .replace("/etc/letsencrypt/live/vusta.example.vn/", certificates + "/")
                .replace("/etc/nginx/snippets/", prefix.resolve("snippets") + "/");
        Files.writeString(prefix.resolve("vusta.conf"), site);
        // Debian's /etc/nginx/nginx.conf, reduced to what the site needs.
        Files.writeString(prefix.resolve("nginx.conf"), """
                pid %1$s/nginx.pid;
                error_log %1$s/error.log;
                events { worker_connections 768; }
                http {
                    access_log off;
                    client_body_temp_path %1$s/tmp/body;
                    proxy_temp_path %1$s/tmp/proxy;
                    fastcgi_temp_path %1$s/tmp/fastcgi;
                    uwsgi_temp_path %1$s/tmp/uwsgi;
                    scgi_temp_path %1$s/tmp/scgi;
                    include %1$s/vusta.conf;
                }
                """.formatted(prefix));
        Files.createDirectories(prefix.resolve("tmp"));

        String output = run(List.of(nginx.resolve("usr/sbin/nginx").toString(), "-t", "-p", prefix + "/",
                "-c", prefix.resolve("nginx.conf").toString(), "-e", prefix.resolve("error.log").toString()), prefix);
        assertThat(output).contains("syntax is ok", "test is successful");
    }

    @Test
    void theProxyPublishesTheApplicationsAndKeycloakOnLoopbackAndNoManagementPort() throws IOException {
        String site = Files.readString(NGINX.resolve("vusta.conf"));
        var upstreams = Pattern.compile("server (\\S+);").matcher(site).results().map(m -> m.group(1)).toList();
        assertThat(upstreams).containsExactlyInAnyOrder("127.0.0.1:8080", "127.0.0.1:8081", "127.0.0.1:18080");
        assertThat(site).doesNotContain(":9080", ":9081", ":19000", "54318", "63790");
        String proxy = Files.readString(NGINX.resolve("snippets/vusta-proxy.conf"));
        assertThat(proxy).contains("X-Forwarded-For", "X-Forwarded-Proto", "X-Forwarded-Host", "X-Forwarded-Port");
    }

    private static String run(List<String> command, Path directory) throws IOException, InterruptedException {
        var process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(String.join(" ", command) + "\n" + output).isZero();
        return output;
    }
}
