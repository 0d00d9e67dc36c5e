package vn.vusta.platform.signing;

import eu.europa.esig.dss.enumerations.SubIndication;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

/**
 * Verifies a PDF's signatures with DSS's validation (ETSI EN 319 102-1) against the trust list: each signature's
 * indication, its signer and time, and the reason in a message key (i18n/signing.properties). A file DSS cannot read
 * as a signed PDF has no signatures.
 */
@Component
class DssSignatureVerifier implements SignatureVerifier {

    private static final Logger log = LoggerFactory.getLogger(DssSignatureVerifier.class);

    private final SigningSetup setup;

    DssSignatureVerifier(SigningSetup setup) {
        this.setup = setup;
    }

    @Override
    public Verdict verify(byte[] pdf) {
        SimpleReport report;
        try {
            var validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(pdf));
            validator.setCertificateVerifier(setup.verifier());
            report = validator.validateDocument().getSimpleReport();
        } catch (RuntimeException e) {
            log.info("A PDF could not be read as signed: {}", e.toString());
            return new Verdict(List.of());
        }
        var checks = new ArrayList<SignatureCheck>();
        for (String id : report.getSignatureIdList()) {
            if (indication(report.getIndication(id)) != Indication.VALID) {
                // The signature's id, not the signer's name: logs carry no personal data.
                log.info("Signature {}: {} {} {}", id, report.getIndication(id),
                        report.getSubIndication(id), report.getAdESValidationErrors(id).stream().map(m -> m.getValue()).toList());
            }
            Date at = report.getBestSignatureTime(id) != null ? report.getBestSignatureTime(id) : report.getSigningTime(id);
            checks.add(new SignatureCheck(report.getSignedBy(id),
                    at == null ? null : OffsetDateTime.ofInstant(at.toInstant(), ZoneOffset.UTC),
                    indication(report.getIndication(id)), reason(report.getIndication(id), report.getSubIndication(id))));
        }
        checks.sort(Comparator.comparing(SignatureCheck::signedAt, Comparator.nullsLast(Comparator.naturalOrder())));
        return new Verdict(checks);
    }

    private static Indication indication(eu.europa.esig.dss.enumerations.Indication indication) {
        return switch (indication) {
            case TOTAL_PASSED, PASSED -> Indication.VALID;
            case TOTAL_FAILED, FAILED -> Indication.INVALID;
            default -> Indication.INDETERMINATE;
        };
    }

    private static String reason(eu.europa.esig.dss.enumerations.Indication indication, SubIndication sub) {
        if (indication(indication) == Indication.VALID) {
            return "signing.verdict.valid";
        }
        if (sub == null) {
            return "signing.verdict.invalid";
        }
        return switch (sub) {
            case HASH_FAILURE, SIG_CRYPTO_FAILURE, SIG_CONSTRAINTS_FAILURE, FORMAT_FAILURE -> "signing.verdict.tampered";
            case NO_CERTIFICATE_CHAIN_FOUND, NO_CERTIFICATE_CHAIN_FOUND_NO_POE, CHAIN_CONSTRAINTS_FAILURE -> "signing.verdict.untrusted";
            case REVOKED, REVOKED_NO_POE, REVOKED_CA_NO_POE -> "signing.verdict.revoked";
            case EXPIRED, OUT_OF_BOUNDS_NO_POE, OUT_OF_BOUNDS_NOT_REVOKED, NOT_YET_VALID -> "signing.verdict.expired";
            case TRY_LATER, REVOCATION_OUT_OF_BOUNDS_NO_POE -> "signing.verdict.no-revocation-data";
            case SIGNED_DATA_NOT_FOUND -> "signing.verdict.tampered";
            default -> "signing.verdict.invalid";
        };
    }
}
