package vn.vusta.platform.signing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Remote signing over the Cloud Signature Consortium API v2, against a CSC server started in the test (no published
 * Java CSC v2 server library is on Maven Central: netkeystore and csc-framework implement v1.0.4, the latter in
 * Node.js, and the EUDI library is a Kotlin client). The server checks: the OAuth2 client_credentials grant (client ID and
 * secret) before giving a bearer token; the bearer token on every API call; the credential ID; the PIN at
 * credentials/authorize, where it binds a one-time SAD to the hashes; at signatures/signHash the SAD, that the hashes
 * are the authorised ones, that each hash's length matches hashAlgorithmOID (SHA-256: 32 bytes) and that signAlgo
 * is sha256WithRSAEncryption; then it signs each hash (PKCS#1 v1.5 over the DigestInfo) with its key.
 */
class RemoteSigningTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    @TempDir
    static Path folder;
    SigningKit kit;
    CertificateAuthority.Issued held;
    final Map<String, JsonNode> sads = new HashMap<>();
    final String accessToken = UUID.randomUUID().toString();
    HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    String start() throws IOException {
        kit = new SigningKit(folder, "Test CA — remote signing");
        held = kit.issue(SigningKit.CHAIRMAN);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/oauth2/token", x -> {
            Map<String, String> form = new HashMap<>();
            for (String pair : new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).split("&")) {
                String[] kv = pair.split("=", 2);
                form.put(kv[0], URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8));
            }
            boolean ok = "client_credentials".equals(form.get("grant_type")) && "vusta".equals(form.get("client_id"))
                    && "s3cret".equals(form.get("client_secret"));
            answer(x, ok ? 200 : 401, ok ? JSON.createObjectNode().put("access_token", accessToken)
                    .put("token_type", "Bearer").put("expires_in", 300)
                    : JSON.createObjectNode().put("error", "invalid_client"));
        });
        server.createContext("/csc/v2/", x -> {
            if (!("Bearer " + accessToken).equals(x.getRequestHeaders().getFirst("Authorization"))) {
                answer(x, 401, JSON.createObjectNode().put("error", "invalid_token"));
                return;
            }
            JsonNode body = JSON.readTree(x.getRequestBody().readAllBytes());
            if (!"chairman-1".equals(body.path("credentialID").asString())) {
                answer(x, 400, JSON.createObjectNode().put("error", "invalid_request"));
                return;
            }
            String method = x.getRequestURI().getPath().substring("/csc/v2/".length());
            try {
                answer(x, 200, switch (method) {
                    case "credentials/info" -> info();
                    case "credentials/authorize" -> authorize(body);
                    case "signatures/signHash" -> signHash(body);
                    default -> throw new IllegalArgumentException(method);
                });
            } catch (IllegalArgumentException e) {
                answer(x, 400, JSON.createObjectNode().put("error", "invalid_request")
                        .put("error_description", e.getMessage()));
            }
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    ObjectNode info() throws IllegalArgumentException {
        ObjectNode answer = JSON.createObjectNode();
        var certs = answer.putObject("cert").put("status", "valid").putArray("certificates");
        held.chain().forEach(c -> {
            try {
                certs.add(Base64.getEncoder().encodeToString(c.getEncoded()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        answer.putObject("key").put("status", "enabled").putArray("algo").add("1.2.840.113549.1.1.1");
        answer.put("authMode", "explicit");
        return answer;
    }

    ObjectNode authorize(JsonNode body) {
        if (!"2468".equals(body.path("PIN").asString())) {
            throw new IllegalArgumentException("wrong PIN");
        }
        String sad = UUID.randomUUID().toString();
        sads.put(sad, body.path("hashes"));
        return JSON.createObjectNode().put("SAD", sad);
    }

    ObjectNode signHash(JsonNode body) {
        JsonNode authorised = sads.remove(body.path("SAD").asString());
        if (authorised == null || !authorised.equals(body.path("hashes"))) {
            throw new IllegalArgumentException("the SAD does not authorise these hashes");
        }
        if (!"2.16.840.1.101.3.4.2.1".equals(body.path("hashAlgorithmOID").asString())
                || !"1.2.840.113549.1.1.11".equals(body.path("signAlgo").asString())) {
            throw new IllegalArgumentException("unsupported algorithm");
        }
        ObjectNode answer = JSON.createObjectNode();
        var signatures = answer.putArray("signatures");
        for (JsonNode h : body.path("hashes")) {
            byte[] hash = Base64.getDecoder().decode(h.asString());
            if (hash.length != 32) {
                throw new IllegalArgumentException("a SHA-256 hash is 32 bytes, not " + hash.length);
            }
            try {
                byte[] digestInfo = new org.bouncycastle.asn1.x509.DigestInfo(
                        new org.bouncycastle.asn1.x509.AlgorithmIdentifier(
                                org.bouncycastle.asn1.nist.NISTObjectIdentifiers.id_sha256), hash).getEncoded();
                Signature rsa = Signature.getInstance("NONEwithRSA");
                rsa.initSign(held.key());
                rsa.update(digestInfo);
                signatures.add(Base64.getEncoder().encodeToString(rsa.sign()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return answer;
    }

    static void answer(HttpExchange x, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        x.getResponseHeaders().add("Content-Type", "application/json");
        x.sendResponseHeaders(status, bytes.length);
        x.getResponseBody().write(bytes);
        x.close();
    }

    SigningKey account(String base, String secret) {
        return new RemoteKey(new CscAccount(URI.create(base), URI.create(base + "/oauth2/token"), "vusta", secret,
                "chairman-1", "2468"));
    }

    @Test
    void aReportSignedByARemoteSigningServiceIsValid() throws Exception {
        SigningKey key = account(start(), "s3cret");
        assertThat(key.holder()).isEqualTo(SigningKit.CHAIRMAN);

        Verdict verdict = kit.verify(kit.sign(SigningKit.pdf(), key, SignerRole.APPROVER));
        assertThat(verdict.valid()).as("%s", verdict).isTrue();
        assertThat(verdict.signatures().getFirst().signer()).isEqualTo(SigningKit.CHAIRMAN);
    }

    @Test
    void aWrongClientSecretIsRefusedClearly() throws Exception {
        String base = start();
        assertThatThrownBy(() -> account(base, "wrong"))
                .isInstanceOf(RemoteSigningException.class)
                .hasMessageContaining("refused oauth2/token")
                .hasMessageContaining("HTTP 401 invalid_client");
    }
}
