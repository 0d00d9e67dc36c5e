package vn.vusta.platform.signing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The local run's and the tests' keys (README → Signed documents): an authority "VUSTA — local development only",
 * its timestamp authority, and a key for each union and role issued on first use, kept as PKCS#12 files in a folder
 * of the data folder, so a restart keeps them and the signatures made before stay verifiable. Several instances on
 * one folder agree: a file is written whole under a temporary name and moved into place, and the one that finds a
 * file there takes it.
 */
final class LocalDevelopmentKeys {

    private static final Logger log = LoggerFactory.getLogger(LocalDevelopmentKeys.class);
    // Local development only, like every demo password: these keys sign nothing with legal force.
    private static final char[] PASSWORD = "local-development-only".toCharArray();
    private static final Duration VALIDITY = Duration.ofDays(3650);
    static final String AUTHORITY_NAME = "VUSTA — chỉ dùng cho phát triển (local development only, not for production)";

    private final Path folder;
    private final CertificateAuthority authority;
    private final CertificateAuthority.Issued timestamping;
    private final Map<String, KeyStoreKey> keys = new ConcurrentHashMap<>();

    LocalDevelopmentKeys(Path folder) {
        this.folder = folder;
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.authority = CertificateAuthority.of(loadOrCreate("authority.p12",
                () -> CertificateAuthority.create(AUTHORITY_NAME, VALIDITY.multipliedBy(2)).root()));
        this.timestamping = loadOrCreate("timestamping.p12",
                () -> authority.issueTimestamping("VUSTA — dấu thời gian phát triển (local development only)", VALIDITY));
        log.info("Local-development signing keys in {} (not for production)", folder);
    }

    CertificateAuthority authority() {
        return authority;
    }

    CertificateAuthority.Issued timestamping() {
        return timestamping;
    }

    /** The key of that name (a file per name), issued by the local authority on first use. */
    SigningKey key(String file, String holder) {
        return keys.computeIfAbsent(file, f -> {
            loadOrCreate(f + ".p12", () -> authority.issueSigner(holder, VALIDITY));
            return KeyStoreKey.keyFile(folder.resolve(f + ".p12"), PASSWORD, null);
        });
    }

    private CertificateAuthority.Issued loadOrCreate(String name, Supplier<CertificateAuthority.Issued> create) {
        Path file = folder.resolve(name);
        if (!Files.exists(file)) {
            try {
                Path written = Files.createTempFile(folder, name, ".tmp");
                Files.write(written, create.get().pkcs12("key", PASSWORD));
                try {
                    // A link fails when the name exists: of two instances writing at once, the first one's file stays.
                    Files.createLink(file, written);
                } catch (FileAlreadyExistsException e) {
                    log.debug("{} was written by another instance meanwhile", file);
                } finally {
                    Files.deleteIfExists(written);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return read(file);
    }

    private static CertificateAuthority.Issued read(Path file) {
        try (var in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, PASSWORD);
            String alias = store.aliases().nextElement();
            var chain = Arrays.stream(store.getCertificateChain(alias)).map(c -> (X509Certificate) c).toList();
            return new CertificateAuthority.Issued((PrivateKey) store.getKey(alias, PASSWORD), chain.getFirst(), List.copyOf(chain));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the local-development key " + file, e);
        }
    }
}
