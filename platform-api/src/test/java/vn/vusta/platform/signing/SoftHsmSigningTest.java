package vn.vusta.platform.signing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Security;
import java.security.cert.Certificate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A PKCS#11 token: Debian's SoftHSM2 (deploy/run-tests installs it), a token initialised in the test, the key and its
 * chain put on it through the JDK's SunPKCS11, then a report signed on the token and verified.
 */
class SoftHsmSigningTest {

    static final List<String> MODULES = List.of("/usr/lib/softhsm/libsofthsm2.so",
            "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so");
    static final String PIN = "123456";

    @Test
    void aReportSignedOnAPkcs11TokenIsValid(@TempDir Path folder) throws Exception {
        String module = MODULES.stream().filter(m -> Files.exists(Path.of(m))).findFirst().orElse(null);
        assumeTrue(module != null, "softhsm2 is not installed (deploy/run-tests installs it)");
        String conf = System.getenv("SOFTHSM2_CONF");
        assertThat(conf).as("SOFTHSM2_CONF, set for the tests in platform-api/pom.xml").isNotNull();
        Path tokens = Files.createDirectories(Path.of(conf).getParent().resolve("tokens-" + System.nanoTime()));
        Files.writeString(Path.of(conf), "directories.tokendir = " + tokens.toAbsolutePath() + "\n"
                + "objectstore.backend = file\nlog.level = ERROR\n");
        Process init = new ProcessBuilder("softhsm2-util", "--init-token", "--free", "--label", "vusta-test",
                "--pin", PIN, "--so-pin", "654321").redirectErrorStream(true).start();
        assertThat(init.waitFor()).as(new String(init.getInputStream().readAllBytes())).isZero();

        SigningKit kit = new SigningKit(folder, "Test CA — PKCS#11");
        CertificateAuthority.Issued issued = kit.issue(SigningKit.CHAIRMAN);
        Provider provider = Security.getProvider("SunPKCS11").configure("--name=vusta-test\nlibrary=" + module + "\nslotListIndex=0\n");
        KeyStore token = KeyStore.getInstance("PKCS11", provider);
        token.load(null, PIN.toCharArray());
        token.setKeyEntry("chairman", issued.key(), null, issued.chain().toArray(Certificate[]::new));

        try (KeyStoreKey key = KeyStoreKey.token(module, 0, PIN.toCharArray(), "chairman")) {
            assertThat(key.holder()).isEqualTo(SigningKit.CHAIRMAN);
            Verdict verdict = kit.verify(kit.sign(SigningKit.pdf(), key, SignerRole.APPROVER));
            assertThat(verdict.valid()).as("%s", verdict).isTrue();
            assertThat(verdict.signatures().getFirst().signer()).isEqualTo(SigningKit.CHAIRMAN);
        }
    }
}
