package vn.vusta.platform.signing;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;
import java.util.Map;

/**
 * How the platform signs and verifies ({@code vusta.signing}, README → Signed documents).
 *
 * @param trustAnchors     the trust list: certificate files (PEM or DER) of the root CAs a signature must chain to —
 *                         Vietnam's root CA for public digital signatures, the government's CA
 * @param crls             certificate revocation list files, for an installation that fetches nothing online
 * @param timestampUrl     an RFC 3161 timestamp authority; without one, signatures are timestamped by the
 *                         local-development authority, and refused when that is off
 * @param onlineRevocation fetch revocation data (CRL, OCSP) and missing issuers (AIA) online, to sign at PAdES B-LT
 *                         and to verify; off in local development and the tests, which reach no network
 * @param unions           per union's code ({@code hai-phong}): its approver's key and its own (the seal's)
 * @param national         the national union's key, which signs its aggregate
 */
@ConfigurationProperties("vusta.signing")
record SigningProperties(List<String> trustAnchors, List<String> crls, String timestampUrl, boolean onlineRevocation,
                         LocalDevelopment localDevelopment, Map<String, UnionKeys> unions, KeySetup national) {

    SigningProperties {
        trustAnchors = trustAnchors == null ? List.of() : trustAnchors;
        crls = crls == null ? List.of() : crls;
        unions = unions == null ? Map.of() : unions;
        localDevelopment = localDevelopment == null ? new LocalDevelopment(false, null, Map.of()) : localDevelopment;
    }

    /**
     * Keys made on this machine by an authority of its own, for every union and role, so the local run and the
     * tests sign without a provider — never in production. {@code chairmen}: the approver's name per union code.
     */
    record LocalDevelopment(boolean enabled, String folder, Map<String, String> chairmen) {

        LocalDevelopment {
            chairmen = chairmen == null ? Map.of() : chairmen;
        }
    }

    record UnionKeys(KeySetup approver, KeySetup organisation) {
    }

    /** One key: a PKCS#12 file ({@code keyFile}, {@code password}), a PKCS#11 token, or a remote signing account. */
    record KeySetup(String keyFile, String password, String alias, Pkcs11 pkcs11, Csc csc) {
    }

    /** A PKCS#11 module's library, the token's index in its slot list, the user PIN, the key's label (optional). */
    record Pkcs11(String library, Integer slotListIndex, String pin, String alias) {
    }

    /** A Cloud Signature Consortium API v2 account ({@link CscAccount}). */
    record Csc(String url, String tokenUrl, String clientId, String clientSecret, String credentialId, String pin) {
    }
}
