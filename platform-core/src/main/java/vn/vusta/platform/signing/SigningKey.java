package vn.vusta.platform.signing;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A key that signs: a PKCS#12 key file, a PKCS#11 token or HSM, or a remote signing service (CSC API v2). Only the
 * holder's certificate and chain leave it; the private key never does.
 */
public interface SigningKey {

    /** The holder's name as the certificate gives it (its CN): a person's name, or the organisation's. */
    String holder();

    X509Certificate certificate();

    /** The certificate first, then its issuers as far as known. */
    List<X509Certificate> chain();
}
