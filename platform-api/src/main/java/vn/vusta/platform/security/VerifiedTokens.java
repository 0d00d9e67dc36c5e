package vn.vusta.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import java.time.Duration;
import java.time.Instant;

/**
 * Bearer tokens verified once each: a client sends the same access token with every request for its lifetime (5
 * minutes in Keycloak), and verifying it again — parsing, the RSA signature, issuer, audience and time — was a fifth
 * of a list request's time. The token as sent is the key, so only the very token that was verified is let through; it
 * is forgotten when it expires, and a token that failed is never kept. Revocation is not this class's concern: the
 * {@link RevocationFilter} still asks Keycloak about every token, as often as before.
 */
final class VerifiedTokens implements JwtDecoder {

    private static final int MOST = 10_000;

    private final JwtDecoder decoder;
    private final Cache<String, Jwt> verified = Caffeine.newBuilder()
            .maximumSize(MOST)
            .expireAfter(Expiry.<String, Jwt>creating((token, jwt) -> lifetimeLeft(jwt)))
            .build();

    VerifiedTokens(JwtDecoder decoder) {
        this.decoder = decoder;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.getIfPresent(token);
        if (known != null && (known.getExpiresAt() == null || Instant.now().isBefore(known.getExpiresAt()))) {
            return known;
        }
        Jwt jwt = decoder.decode(token);
        verified.put(token, jwt);
        return jwt;
    }

    private static Duration lifetimeLeft(Jwt jwt) {
        if (jwt.getExpiresAt() == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(Instant.now(), jwt.getExpiresAt());
        return left.isNegative() ? Duration.ZERO : left;
    }
}
