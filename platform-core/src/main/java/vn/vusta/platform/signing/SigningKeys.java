package vn.vusta.platform.signing;

import java.util.Optional;

/** The keys configured for the unions and the national union (README → Signed documents). */
public interface SigningKeys {

    /** The key of a union ({@code tenantCode}, e.g. {@code hai-phong}) for that role; empty when none is set up. */
    Optional<SigningKey> forUnion(String tenantCode, SignerRole role);

    /** The national union's key, which signs its aggregate; empty when none is set up. */
    Optional<SigningKey> national();
}
