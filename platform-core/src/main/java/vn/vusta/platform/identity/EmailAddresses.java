package vn.vusta.platform.identity;

/**
 * What an address must look like to be invited: Bean Validation's {@code @Email} accepts {@code a@b}, which no mail
 * reaches and Keycloak refuses; an invitation needs a domain with a dot and a top-level name of letters.
 */
public final class EmailAddresses {

    /** For {@code @Email(regexp = ...)}, checked in addition to {@code @Email}'s own rules. */
    public static final String DELIVERABLE =
            "[^@\\s]{1,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}";

    private EmailAddresses() {
    }
}
