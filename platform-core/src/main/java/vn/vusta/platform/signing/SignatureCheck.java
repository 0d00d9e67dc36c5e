package vn.vusta.platform.signing;

import java.time.OffsetDateTime;

/**
 * One signature of a PDF as verified: the signer's name (the certificate's CN), when it was signed (the timestamp's
 * time where there is one), the indication and the message key (in {@code i18n/signing.properties}) that says why,
 * in Vietnamese.
 */
public record SignatureCheck(String signer, OffsetDateTime signedAt, Indication indication, String reasonKey) {
}
