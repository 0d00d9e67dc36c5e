package vn.vusta.platform.signing;

import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.service.crl.OnlineCRLSource;
import eu.europa.esig.dss.service.http.commons.CommonsDataLoader;
import eu.europa.esig.dss.service.ocsp.OnlineOCSPSource;
import eu.europa.esig.dss.service.tsp.OnlineTSPSource;
import eu.europa.esig.dss.spi.DSSUtils;
import eu.europa.esig.dss.spi.validation.CertificateVerifier;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.aia.DefaultAIASource;
import eu.europa.esig.dss.spi.x509.tsp.KeyEntityTSPSource;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import vn.vusta.platform.refusal.RefusedException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What signing and verifying rest on: the trust list (the configured root CAs, and the local-development authority
 * when it is on), the timestamp authority (the configured one, else the local-development one), and whether
 * revocation data and missing issuers are fetched online.
 */
@Component
@EnableConfigurationProperties(SigningProperties.class)
class SigningSetup {

    /** ETSI EN 319 421's best-practices time-stamp policy, which the local authority follows as far as it goes. */
    private static final String BEST_PRACTICES_TSA_POLICY = "0.4.0.2023.1.1";

    private final SigningProperties properties;
    private final Optional<LocalDevelopmentKeys> local;
    private final CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
    private final TSPSource timestamps;
    private final Revocations revocations;

    SigningSetup(SigningProperties properties, @Value("${vusta.files.directory:}") String filesDirectory) {
        this.properties = properties;
        this.local = properties.localDevelopment().enabled()
                ? Optional.of(new LocalDevelopmentKeys(localFolder(properties, filesDirectory))) : Optional.empty();
        for (String anchor : properties.trustAnchors()) {
            trusted.addCertificate(read(Path.of(anchor)));
        }
        local.ifPresent(keys -> trusted.addCertificate(new CertificateToken(keys.authority().certificate())));
        revocations = new Revocations(local.map(keys -> List.of(keys.authority())).orElse(List.of()),
                properties.crls().stream().map(file -> bytes(Path.of(file))).toList());
        if (properties.timestampUrl() != null && !properties.timestampUrl().isBlank()) {
            timestamps = new OnlineTSPSource(properties.timestampUrl().strip());
        } else {
            timestamps = local.map(keys -> {
                var source = new KeyEntityTSPSource(keys.timestamping().key(), keys.timestamping().certificate(),
                        keys.timestamping().chain());
                source.setTsaPolicy(BEST_PRACTICES_TSA_POLICY);
                return (TSPSource) source;
            }).orElse(null);
        }
    }

    Optional<LocalDevelopmentKeys> local() {
        return local;
    }

    SigningProperties properties() {
        return properties;
    }

    /** The timestamp authority; a signature is refused without one (PAdES B-T at least). */
    TSPSource timestamps() {
        if (timestamps == null) {
            throw RefusedException.conflict("signature", "signing.refusal.no-timestamp")
                    .logged("No timestamp authority: set vusta.signing.timestamp-url");
        }
        return timestamps;
    }

    /**
     * Whether revocation data can be had for the signers' certificates (online, from the local authority, or from
     * configured CRLs): then signatures embed it, PAdES B-LT; otherwise B-T.
     */
    boolean revocationData() {
        return properties.onlineRevocation() || local.isPresent() || !properties.crls().isEmpty();
    }

    /** A verifier over the trust list, fetching online only when configured to. */
    CertificateVerifier verifier() {
        var verifier = new CommonCertificateVerifier();
        verifier.setTrustedCertSources(trusted);
        if (properties.onlineRevocation()) {
            var loader = new CommonsDataLoader();
            verifier.setCrlSource(new OnlineCRLSource(loader));
            verifier.setOcspSource(new OnlineOCSPSource());
            verifier.setAIASource(new DefaultAIASource(loader));
        } else {
            verifier.setCrlSource(revocations);
            verifier.setAIASource(null);
        }
        return verifier;
    }

    private static Path localFolder(SigningProperties properties, String filesDirectory) {
        String folder = properties.localDevelopment().folder();
        if (folder != null && !folder.isBlank()) {
            return Path.of(folder.strip());
        }
        if (filesDirectory != null && !filesDirectory.isBlank()) {
            return Path.of(filesDirectory.strip() + "-signing-keys");
        }
        try {
            return Files.createTempDirectory("vusta-signing-keys-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CertificateToken read(Path file) {
        try {
            return DSSUtils.loadCertificate(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the trust anchor " + file, e);
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the revocation list " + file, e);
        }
    }
}
