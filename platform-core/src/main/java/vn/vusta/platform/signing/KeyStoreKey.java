package vn.vusta.platform.signing;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.token.AbstractKeyStoreTokenConnection;
import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.Pkcs11SignatureToken;
import eu.europa.esig.dss.token.Pkcs12SignatureToken;
import eu.europa.esig.dss.token.PrefilledPasswordCallback;
import eu.europa.esig.dss.token.KSPrivateKeyEntry;
import eu.europa.esig.dss.model.x509.CertificateToken;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A key in a key store DSS opens: a PKCS#12 key file, or a PKCS#11 token or HSM through the JDK's SunPKCS11 (a USB
 * token or an HSM in production, SoftHSM2 in the tests). The store stays open for the application's life; a token
 * signs one document at a time.
 */
public final class KeyStoreKey implements SigningKey, AutoCloseable {

    private final AbstractKeyStoreTokenConnection token;
    private final DSSPrivateKeyEntry entry;

    private KeyStoreKey(AbstractKeyStoreTokenConnection token, String alias) {
        this.token = token;
        List<DSSPrivateKeyEntry> keys = token.getKeys();
        this.entry = keys.stream()
                .filter(k -> alias == null || alias.isBlank() || alias.equals(aliasOf(k)))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(alias == null || alias.isBlank()
                        ? "The key store holds no private key" : "The key store holds no key " + alias));
    }

    /** The first key of a PKCS#12 file (or the one under {@code alias}). */
    public static KeyStoreKey keyFile(Path file, char[] password, String alias) {
        try {
            return new KeyStoreKey(new Pkcs12SignatureToken(file.toFile(), new KeyStore.PasswordProtection(password)), alias);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A key on a PKCS#11 token: the module's library ({@code /usr/lib/softhsm/libsofthsm2.so}, a token maker's
     * driver), the slot by its index in the module's list (0 for the first token), the user PIN, the key's label
     * (or the first key).
     */
    public static KeyStoreKey token(String library, int slotListIndex, char[] pin, String alias) {
        return new KeyStoreKey(new Pkcs11SignatureToken(library,
                new PrefilledPasswordCallback(new KeyStore.PasswordProtection(pin)), -1, slotListIndex, null), alias);
    }

    @Override
    public String holder() {
        return Names.commonName(certificate());
    }

    @Override
    public X509Certificate certificate() {
        return entry.getCertificate().getCertificate();
    }

    @Override
    public List<X509Certificate> chain() {
        CertificateToken[] chain = entry.getCertificateChain();
        return chain == null ? List.of(certificate()) : List.of(chain).stream().map(CertificateToken::getCertificate).toList();
    }

    @Override
    public synchronized SignatureValue sign(ToBeSigned toBeSigned, DigestAlgorithm digest) {
        return token.sign(toBeSigned, digest, entry);
    }

    @Override
    public void close() {
        token.close();
    }

    private static String aliasOf(DSSPrivateKeyEntry key) {
        return key instanceof KSPrivateKeyEntry ks ? ks.getAlias() : null;
    }
}
