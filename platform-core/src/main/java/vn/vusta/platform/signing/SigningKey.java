package vn.vusta.platform.signing;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A key that signs: a PKCS#12 key file or a PKCS#11 token or HSM ({@link KeyStoreKey}), or a remote signing service
 * over the Cloud Signature Consortium API ({@link RemoteKey}). Only the holder's certificate and chain and the
 * signature value leave it; the private key never does.
 */
public interface SigningKey {

    /** The holder's name as the certificate gives it (its CN): a person's name, or the organisation's. */
    String holder();

    X509Certificate certificate();

    /** The certificate first, then its issuers as far as known. */
    List<X509Certificate> chain();

    /** Signs what DSS prepared (the signed attributes), hashed with the digest algorithm. */
    SignatureValue sign(ToBeSigned toBeSigned, DigestAlgorithm digest);
}
