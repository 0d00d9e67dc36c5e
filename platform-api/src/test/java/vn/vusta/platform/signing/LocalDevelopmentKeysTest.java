package vn.vusta.platform.signing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vusta.platform.refusal.RefusedException;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The local run's keys outlive a restart: the authority, the timestamp authority and each union's key are read back
 * from the data folder, so a report signed before the restart is still valid after it, signed by the same key.
 */
class LocalDevelopmentKeysTest {

    @Test
    void aRestartKeepsTheKeysAndWhatTheySignedStaysValid(@TempDir Path folder) {
        SigningSetup before = local(folder);
        SigningKey chairman = before.local().orElseThrow().key("thanh-hoa-approver", SigningKit.CHAIRMAN);
        byte[] signed = new PadesSigner(before).sign(SigningKit.pdf(), chairman,
                new SignatureBlock(SigningKit.CHAIRMAN, List.of("Người ký: " + SigningKit.CHAIRMAN), SignerRole.APPROVER));

        SigningSetup after = local(folder);
        assertThat(after.local().orElseThrow().authority().certificate())
                .isEqualTo(before.local().orElseThrow().authority().certificate());
        assertThat(after.local().orElseThrow().key("thanh-hoa-approver", "another name").certificate())
                .as("the key issued before, not a new one").isEqualTo(chairman.certificate());
        Verdict verdict = new DssSignatureVerifier(after).verify(signed);
        assertThat(verdict.valid()).as("%s", verdict).isTrue();
        assertThat(verdict.signatures().getFirst().signer()).isEqualTo(SigningKit.CHAIRMAN);
    }

    @Test
    void withoutLocalDevelopmentKeysOrATimestampAuthorityNothingIsSigned(@TempDir Path folder) {
        SigningSetup production = new SigningSetup(new SigningProperties(List.of(), List.of(), null, false,
                new SigningProperties.LocalDevelopment(false, null, Map.of()), Map.of(), null), folder.toString());
        assertThat(production.local()).isEmpty();
        SigningKit kit = new SigningKit(folder, "Test CA — no TSA");
        assertThatThrownBy(() -> new PadesSigner(production).sign(SigningKit.pdf(), kit.keyFile(SigningKit.CHAIRMAN),
                new SignatureBlock(SigningKit.CHAIRMAN, List.of("x"), SignerRole.APPROVER)))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo("signing.refusal.no-timestamp"))
                .hasMessageContaining("vusta.signing.timestamp-url");
    }

    private static SigningSetup local(Path folder) {
        return new SigningSetup(new SigningProperties(List.of(), List.of(), null, false,
                new SigningProperties.LocalDevelopment(true, folder.resolve("keys").toString(), Map.of()), Map.of(), null), "");
    }
}
