package vn.vusta.platform.signing;

import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

import java.security.cert.X509Certificate;

/** The name a certificate gives its holder. */
final class Names {

    private Names() {
    }

    /** The subject's CN (a person's or an organisation's name), or the whole subject when it has none. */
    static String commonName(X509Certificate certificate) {
        X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        RDN[] names = subject.getRDNs(BCStyle.CN);
        return names.length == 0 ? subject.toString() : IETFUtils.valueToString(names[0].getFirst().getValue());
    }
}
