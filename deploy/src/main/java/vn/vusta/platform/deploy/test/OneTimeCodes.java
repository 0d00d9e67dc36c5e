package vn.vusta.platform.deploy.test;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import vn.vusta.platform.deploy.LocalCredentials;

import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayOutputStream;
import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one-time codes (RFC 6238: SHA-1, 6 digits, 30 s — the realm's OTP policy) of an authenticator key, as an
 * authenticator app shows them. Keycloak refuses a code it has already accepted for the user, so each sign-in of a
 * user takes a time step not used before: the current one, or the next one, which Keycloak's look-around window of
 * one step accepts; when both are used, it waits for the next step.
 */
public final class OneTimeCodes {

    private static final Duration STEP = Duration.ofSeconds(30);
    private static final TimeBasedOneTimePasswordGenerator TOTP = new TimeBasedOneTimePasswordGenerator(STEP, 6, "HmacSHA1");
    private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();

    private OneTimeCodes() {
    }

    /** The demo users of the local realm who hold {@link LocalCredentials#DEMO_TOTP_SECRET}. */
    public static boolean hasDemoAuthenticator(String username) {
        return username.equals("platform-admin") || username.equals("national-reviewer");
    }

    /** A code of the demo key that Keycloak has not yet accepted for this user. */
    public static String nextDemoCode(String username) {
        return nextCode(username, LocalCredentials.DEMO_TOTP_SECRET);
    }

    /** A code of this key that this JVM has not yet given for this user (see the class comment). */
    public static String nextCode(String username, String base32Key) {
        synchronized (LAST_STEP) {
            long now = step(Instant.now());
            long wanted = Math.max(now, LAST_STEP.getOrDefault(username, Long.MIN_VALUE) + 1);
            while (wanted > step(Instant.now()) + 1) {
                sleep(Duration.ofMillis(500));
            }
            LAST_STEP.put(username, wanted);
            return code(base32Key, Instant.ofEpochSecond(wanted * STEP.toSeconds()));
        }
    }

    /** The code of the key at this moment. */
    public static String code(String base32Key, Instant at) {
        try {
            return TOTP.generateOneTimePasswordString(new SecretKeySpec(base32(base32Key), TOTP.getAlgorithm()), at);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long step(Instant at) {
        return at.getEpochSecond() / STEP.toSeconds();
    }

    /** RFC 4648 Base32, the encoding authenticator apps and Keycloak use for keys. */
    static byte[] base32(String key) {
        var out = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : key.replace("=", "").replace(" ", "").toUpperCase().toCharArray()) {
            int value = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException("Not Base32: " + c);
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
