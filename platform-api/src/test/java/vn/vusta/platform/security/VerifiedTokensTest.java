package vn.vusta.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Verification once per token, and only for its lifetime: the same token string is not verified again while it is
 * valid; a token that failed is verified again each time (nothing is kept of it); an expired one is verified again,
 * so the decoder refuses it. The decoder underneath stands for Spring Security's (signature, issuer, audience, time),
 * which TokenValidationTest exercises against Keycloak.
 */
class VerifiedTokensTest {

    private final List<String> verified = new ArrayList<>();

    @Test
    void aValidTokenIsVerifiedOnceAndAFailedOneEveryTime() {
        var tokens = new VerifiedTokens(token -> {
            verified.add(token);
            if (token.startsWith("bad")) {
                throw new BadJwtException("signature");
            }
            return jwt(token, Instant.now().plusSeconds(300));
        });
        Jwt first = tokens.decode("good.token");
        assertThat(tokens.decode("good.token")).isSameAs(first);
        for (int i = 0; i < 2; i++) {
            assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> tokens.decode("bad.token"));
        }
        assertThat(verified).containsExactly("good.token", "bad.token", "bad.token");
    }

    @Test
    void anExpiredTokenIsVerifiedAgainAndRefused() throws InterruptedException {
        var now = new Instant[]{Instant.now().plusMillis(200)};
        var tokens = new VerifiedTokens(token -> {
            verified.add(token);
            if (Instant.now().isAfter(now[0])) {
                throw new BadJwtException("expired");
            }
            return jwt(token, now[0]);
        });
        tokens.decode("short.lived");
        Thread.sleep(300);
        assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> tokens.decode("short.lived"));
        assertThat(verified).containsExactly("short.lived", "short.lived");
    }

    private static Jwt jwt(String token, Instant expiresAt) {
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("someone")
                .issuedAt(expiresAt.minusSeconds(300)).expiresAt(expiresAt).build();
    }
}
