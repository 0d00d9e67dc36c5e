package vn.vusta.platform.signing;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.spi.DSSUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A key held by a remote signing service, reached over the Cloud Signature Consortium API v2 (the standard the
 * remote-signing providers implement): an OAuth 2.0 token by client credentials; the credential's certificate chain
 * from {@code credentials/info}; for each signature, {@code credentials/authorize} (with the PIN where there is one)
 * gives the signature activation data, and {@code signatures/signHash} signs the hash of what DSS prepared. Only the
 * hash leaves the platform. A refusal of the service is an exception naming its error.
 */
public final class RemoteKey implements SigningKey {

    /** SHA-256 and RSA with SHA-256, by the OIDs CSC names algorithms with. */
    private static final String SHA256 = "2.16.840.1.101.3.4.2.1";
    private static final String SHA256_WITH_RSA = "1.2.840.113549.1.1.11";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final CscAccount account;
    private final HttpClient http;
    private final List<X509Certificate> chain;
    private String accessToken;
    private Instant tokenExpires = Instant.EPOCH;

    public RemoteKey(CscAccount account) {
        this.account = account;
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        this.chain = fetchChain();
    }

    @Override
    public String holder() {
        return Names.commonName(certificate());
    }

    @Override
    public X509Certificate certificate() {
        return chain.getFirst();
    }

    @Override
    public List<X509Certificate> chain() {
        return chain;
    }

    @Override
    public synchronized SignatureValue sign(ToBeSigned toBeSigned, DigestAlgorithm digest) {
        if (digest != DigestAlgorithm.SHA256) {
            throw new RemoteSigningException("Only SHA-256 is asked of the remote signing service, not " + digest);
        }
        String hash = Base64.getEncoder().encodeToString(DSSUtils.digest(digest, toBeSigned.getBytes()));
        var authorize = new LinkedHashMap<String, Object>();
        authorize.put("credentialID", account.credentialId());
        authorize.put("numSignatures", 1);
        authorize.put("hashes", List.of(hash));
        authorize.put("hashAlgorithmOID", SHA256);
        if (account.pin() != null && !account.pin().isBlank()) {
            authorize.put("PIN", account.pin());
        }
        String sad = call("csc/v2/credentials/authorize", authorize).path("SAD").asString();
        var signHash = new LinkedHashMap<String, Object>();
        signHash.put("credentialID", account.credentialId());
        signHash.put("SAD", sad);
        signHash.put("hashes", List.of(hash));
        signHash.put("hashAlgorithmOID", SHA256);
        signHash.put("signAlgo", SHA256_WITH_RSA);
        JsonNode signatures = call("csc/v2/signatures/signHash", signHash).path("signatures");
        if (!signatures.isArray() || signatures.isEmpty()) {
            throw new RemoteSigningException("The remote signing service returned no signature");
        }
        return new SignatureValue(SignatureAlgorithm.RSA_SHA256, Base64.getDecoder().decode(signatures.get(0).asString()));
    }

    private List<X509Certificate> fetchChain() {
        JsonNode info = call("csc/v2/credentials/info", Map.of("credentialID", account.credentialId(), "certificates", "chain"));
        var certificates = new ArrayList<X509Certificate>();
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (JsonNode encoded : info.path("cert").path("certificates")) {
                certificates.add((X509Certificate) factory.generateCertificate(
                        new ByteArrayInputStream(Base64.getDecoder().decode(encoded.asString()))));
            }
        } catch (CertificateException | IllegalArgumentException e) {
            throw new RemoteSigningException("The remote signing service sent a certificate that cannot be read", e);
        }
        if (certificates.isEmpty()) {
            throw new RemoteSigningException("The remote signing service sent no certificate for credential " + account.credentialId());
        }
        return List.copyOf(certificates);
    }

    private JsonNode call(String path, Map<String, Object> body) {
        HttpRequest request = HttpRequest.newBuilder(resolve(account.baseUrl(), path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        return answer(request, path);
    }

    private synchronized String token() {
        if (accessToken != null && Instant.now().isBefore(tokenExpires)) {
            return accessToken;
        }
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(account.clientId(), StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(account.clientSecret(), StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(account.tokenUrl()).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        JsonNode token = answer(request, "oauth2/token");
        accessToken = token.path("access_token").asString();
        // A minute's margin, so that a token never runs out between two calls of one signature.
        tokenExpires = Instant.now().plusSeconds(Math.max(0, token.path("expires_in").asLong(3600) - 60));
        return accessToken;
    }

    private JsonNode answer(HttpRequest request, String what) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
            if (response.statusCode() != 200) {
                throw new RemoteSigningException("The remote signing service refused " + what + ": HTTP "
                        + response.statusCode() + " " + body.path("error").asString("") + " "
                        + body.path("error_description").asString(""));
            }
            return body;
        } catch (IOException e) {
            throw new RemoteSigningException("The remote signing service did not answer " + what, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RemoteSigningException("Interrupted while asking the remote signing service", e);
        }
    }

    private static URI resolve(URI base, String path) {
        String root = base.toString().endsWith("/") ? base.toString() : base + "/";
        return URI.create(root + path);
    }
}
