package vn.vusta.platform.signing;

import eu.europa.esig.dss.crl.CRLBinary;
import eu.europa.esig.dss.crl.CRLUtils;
import eu.europa.esig.dss.crl.CRLValidity;
import eu.europa.esig.dss.enumerations.RevocationOrigin;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.model.x509.revocation.crl.CRL;
import eu.europa.esig.dss.spi.x509.revocation.RevocationSource;
import eu.europa.esig.dss.spi.x509.revocation.RevocationToken;
import eu.europa.esig.dss.spi.x509.revocation.crl.CRLToken;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;

/**
 * Revocation lists without a network: the local-development authority's, made fresh when asked (it revokes nothing),
 * and the CRL files configured ({@code vusta.signing.crls}: an installation without internet puts its providers'
 * CRLs there). DSS asks for a certificate's status while signing at B-LT and while verifying.
 */
final class Revocations implements RevocationSource<CRL> {

    private final List<CertificateAuthority> issuingFresh;
    private final List<byte[]> files;

    Revocations(List<CertificateAuthority> issuingFresh, List<byte[]> files) {
        this.issuingFresh = List.copyOf(issuingFresh);
        this.files = List.copyOf(files);
    }

    @Override
    public RevocationToken<CRL> getRevocationToken(CertificateToken certificate, CertificateToken issuer) {
        if (issuer == null) {
            return null;
        }
        for (CertificateAuthority authority : issuingFresh) {
            if (new CertificateToken(authority.certificate()).equals(issuer)) {
                return token(certificate, issuer, authority.crl(Duration.ofDays(1)));
            }
        }
        for (byte[] crl : files) {
            RevocationToken<CRL> token = token(certificate, issuer, crl);
            if (token != null) {
                return token;
            }
        }
        return null;
    }

    private static RevocationToken<CRL> token(CertificateToken certificate, CertificateToken issuer, byte[] crl) {
        try {
            CRLBinary binary = CRLUtils.buildCRLBinary(crl);
            CRLValidity validity = CRLUtils.buildCRLValidity(binary, issuer);
            if (!validity.isSignatureIntact()) {
                return null;
            }
            var token = new CRLToken(certificate, validity);
            // Not from the document: DSS keeps where revocation data came from, and needs to know.
            token.setExternalOrigin(RevocationOrigin.EXTERNAL);
            return token;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
