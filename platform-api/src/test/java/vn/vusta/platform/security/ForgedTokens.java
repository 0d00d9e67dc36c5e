package vn.vusta.platform.security;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.vusta.platform.deploy.test.KeycloakTokens;
import vn.vusta.platform.deploy.test.TestStack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Tokens whose every claim the test chooses, signed with a key the test registers in the realm through Keycloak's
 * admin API: a token the platform must accept except for the one claim a test breaks (expiry, issuer, audience).
 */
final class ForgedTokens {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KeyPair keys;
    private final String kid;

    private ForgedTokens(KeyPair keys, String kid) {
        this.keys = keys;
        this.kid = kid;
    }

    static ForgedTokens registerKey() throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        String keycloak = TestStack.current().keycloakUrl();
        String admin = KeycloakTokens.adminToken();
        String realmId = JSON.readTree(send(HttpRequest.newBuilder(URI.create(keycloak + "/admin/realms/vusta"))
                .header("Authorization", "Bearer " + admin).build())).path("id").asString();
        String component = JSON.writeValueAsString(Map.of(
                "name", "test-forgery-" + UUID.randomUUID(),
                "providerId", "rsa",
                "providerType", "org.keycloak.keys.KeyProvider",
                "parentId", realmId,
                "config", Map.of(
                        "priority", List.of("-1000"),
                        "enabled", List.of("true"),
                        "active", List.of("true"),
                        "algorithm", List.of("RS256"),
                        "privateKey", List.of(Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded())))));
        send(HttpRequest.newBuilder(URI.create(keycloak + "/admin/realms/vusta/components"))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(component)).build());
        String modulus = Base64URL.encode(((RSAPublicKey) keys.getPublic()).getModulus()).toString();
        JsonNode jwks = JSON.readTree(send(HttpRequest.newBuilder(
                URI.create(TestStack.current().issuer() + "/protocol/openid-connect/certs")).build()));
        for (JsonNode key : jwks.path("keys")) {
            if (modulus.equals(key.path("n").asString())) {
                return new ForgedTokens(keys, key.path("kid").asString());
            }
        }
        throw new IllegalStateException("The registered key is not in the realm's JWKS: " + jwks);
    }

    /** A token like Keycloak's for a Thanh Hóa editor; the customizer breaks what a test needs broken. */
    String token(java.util.function.UnaryOperator<JWTClaimsSet.Builder> customizer) throws Exception {
        Instant now = Instant.now();
        var claims = new JWTClaimsSet.Builder()
                .issuer(TestStack.current().issuer())
                .audience("platform-api")
                .subject(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("azp", "platform-dev-cli")
                .claim("preferred_username", "thanh-hoa-editor")
                .claim("realm_access", Map.of("roles", List.of("tenant-editor")))
                .claim("organization", List.of("thanh-hoa"));
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).type(JOSEObjectType.JWT).build(),
                customizer.apply(claims).build());
        jwt.sign(new RSASSASigner(keys.getPrivate()));
        return jwt.serialize();
    }

    private static String send(HttpRequest request) throws Exception {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
