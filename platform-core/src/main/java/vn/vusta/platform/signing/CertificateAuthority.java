package vn.vusta.platform.signing;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * A certification authority of our own, for local development and the tests only — never for documents with legal
 * force, whose certificates come from a licensed provider under Vietnam's root CA. It issues signing certificates
 * and a timestamp authority's, and lists what it revoked (nothing) in a certificate revocation list made when asked,
 * so that a validator finds its certificates' status as it does a licensed provider's.
 */
public final class CertificateAuthority {

    /** A key with its certificate and chain (the certificate first). */
    public record Issued(PrivateKey key, X509Certificate certificate, List<X509Certificate> chain) {

        /** The key and chain as a PKCS#12 file under one alias. */
        public byte[] pkcs12(String alias, char[] password) {
            try {
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(null, null);
                store.setKeyEntry(alias, key, password, chain.toArray(X509Certificate[]::new));
                var out = new ByteArrayOutputStream();
                store.store(out, password);
                return out.toByteArray();
            } catch (GeneralSecurityException | IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Issued root;

    private CertificateAuthority(Issued root) {
        this.root = root;
    }

    /** A new authority, its self-signed certificate named {@code name}, valid for {@code validity} from now. */
    public static CertificateAuthority create(String name, Duration validity) {
        KeyPair pair = keyPair();
        X500Name subject = name(name);
        try {
            var builder = new JcaX509v3CertificateBuilder(subject, serial(), Date.from(Instant.now().minus(Duration.ofDays(1))),
                    Date.from(Instant.now().plus(validity)), subject, pair.getPublic());
            var utils = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(pair.getPublic()));
            X509Certificate certificate = sign(builder, pair.getPrivate());
            return new CertificateAuthority(new Issued(pair.getPrivate(), certificate, List.of(certificate)));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The authority kept as a PKCS#12 file ({@link Issued#pkcs12}). */
    public static CertificateAuthority of(Issued root) {
        return new CertificateAuthority(root);
    }

    public Issued root() {
        return root;
    }

    public X509Certificate certificate() {
        return root.certificate();
    }

    /** A signing certificate for a person or an organisation named {@code name}. */
    public Issued issueSigner(String name, Duration validity) {
        return issue(name, validity, false);
    }

    /** A timestamp authority's certificate (extended key usage timeStamping, critical, as RFC 3161 requires). */
    public Issued issueTimestamping(String name, Duration validity) {
        return issue(name, validity, true);
    }

    private Issued issue(String name, Duration validity, boolean timestamping) {
        KeyPair pair = keyPair();
        try {
            var builder = new JcaX509v3CertificateBuilder(root.certificate(), serial(),
                    Date.from(Instant.now().minus(Duration.ofDays(1))), Date.from(Instant.now().plus(validity)),
                    name(name), pair.getPublic());
            var utils = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(root.certificate()));
            builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(pair.getPublic()));
            if (timestamping) {
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
                builder.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
            } else {
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            }
            X509Certificate certificate = sign(builder, root.key());
            var chain = new ArrayList<X509Certificate>();
            chain.add(certificate);
            chain.addAll(root.chain());
            return new Issued(pair.getPrivate(), certificate, List.copyOf(chain));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Its certificate revocation list, revoking nothing, valid from a minute ago for {@code validity}. */
    public byte[] crl(Duration validity) {
        try {
            Instant now = Instant.now();
            var builder = new JcaX509v2CRLBuilder(root.certificate(), Date.from(now.minusSeconds(60)));
            builder.setNextUpdate(Date.from(now.plus(validity)));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(root.certificate()));
            builder.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(now.toEpochMilli())));
            return builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(root.key())).getEncoded();
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key) throws GeneralSecurityException {
        try {
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(key)));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }

    private static X500Name name(String commonName) {
        // CN as UTF8String: Vietnamese names keep their diacritics.
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN").addRDN(BCStyle.CN, commonName).build();
    }

    private static BigInteger serial() {
        return new BigInteger(64, RANDOM).abs().add(BigInteger.ONE);
    }

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
