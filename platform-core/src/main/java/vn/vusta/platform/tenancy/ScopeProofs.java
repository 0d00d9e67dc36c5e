package vn.vusta.platform.tenancy;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Proofs that a scope comes from the application, which PostgreSQL checks before it lets a transaction into a
 * tenant, the national scope, an erasure or a merge (V28): HMAC-SHA256 with the scope key of "scope|…|nonce", the
 * nonce being the time it was made and fresh randomness. SQL alone cannot make one: the key is in the configuration
 * and, in PostgreSQL, readable by the schema owner only.
 */
@Component
public class ScopeProofs {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9+/=_.-]{32,}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final ThreadLocal<Mac> macs;

    ScopeProofs(@Value("${vusta.tenancy.scope-key}") String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalStateException("vusta.tenancy.scope-key must be 32 characters or more of letters, digits, + / = _ . -");
        }
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.macs = ThreadLocal.withInitial(this::mac);
    }

    /** What begin_proven_tenant_scope checks. */
    public Proof tenant(UUID tenant) {
        return prove("tenant|" + tenant);
    }

    /** What begin_proven_national_scope checks. */
    public Proof national() {
        return prove("national");
    }

    /** What begin_erasure checks: this member of this tenant, in the transaction that erased them. */
    public Proof erasure(UUID tenant, UUID member) {
        return prove("erasure|" + tenant + "|" + member);
    }

    /** What begin_tenant_erasure checks: this tenant, deleted in the transaction that erases its audit details (V34). */
    public Proof tenantErasure(UUID tenant) {
        return prove("tenant-erasure|" + tenant);
    }

    /** What begin_tenant_merge checks. */
    public Proof merge(UUID source, UUID target) {
        return prove("merge|" + source + "|" + target);
    }

    private Proof prove(String message) {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        String nonce = Instant.now().getEpochSecond() + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        byte[] mac = macs.get().doFinal((message + "|" + nonce).getBytes(StandardCharsets.UTF_8));
        return new Proof(nonce, HexFormat.of().formatHex(mac));
    }

    private Mac mac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A nonce and the HMAC over the message and that nonce, in hex. */
    public record Proof(String nonce, String value) {
    }
}
