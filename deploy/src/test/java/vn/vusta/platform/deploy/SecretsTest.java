package vn.vusta.platform.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Production's secrets on one server: an owner-only file or the environment, every required name present. */
class SecretsTest {

    static Map<String, String> complete() {
        var values = new HashMap<String, String>();
        Secrets.REQUIRED.forEach(name -> values.put(name, "value-of-" + name.toLowerCase()));
        return values;
    }

    @Test
    void aSecretsFileOthersCanReadIsRefusedByName(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("secrets.env");
        var lines = new StringBuilder("# production\n");
        complete().forEach((name, value) -> lines.append(name).append("=\"").append(value).append("\"\n"));
        Files.writeString(file, lines);

        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        assertThatThrownBy(() -> Secrets.load(file, Map.of()))
                .isInstanceOf(Secrets.Refused.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("chmod 600");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw----r--"));
        assertThatThrownBy(() -> Secrets.load(file, Map.of())).isInstanceOf(Secrets.Refused.class);

        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        Secrets secrets = Secrets.load(file, Map.of("VUSTA_SCOPE_KEY", "from-the-environment"));
        assertThat(secrets.get("KC_HOSTNAME")).isEqualTo("value-of-kc_hostname");
        assertThat(secrets.get("VUSTA_SCOPE_KEY")).as("the environment wins").isEqualTo("from-the-environment");
    }

    @Test
    void aMissingSecretStopsTheStartNamingIt() {
        var environment = complete();
        environment.remove("VUSTA_DATABASE_APP_PASSWORD");
        environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", " ");
        assertThatThrownBy(() -> Secrets.load(null, environment))
                .isInstanceOf(Secrets.Refused.class)
                .hasMessageContaining("VUSTA_DATABASE_APP_PASSWORD")
                .hasMessageContaining("KC_BOOTSTRAP_ADMIN_PASSWORD")
                .message().doesNotContain("VUSTA_SCOPE_KEY");
    }

    /**
     * Every secret the applications' production profile requires (a placeholder without default) is one the launcher
     * requires or sets itself, and the example file names every required one.
     */
    @Test
    void theProductionProfilesTheLauncherAndTheExampleNameTheSameSecrets() throws Exception {
        var launcherSets = java.util.Set.of("VUSTA_DATABASE_URL", "VUSTA_REDIS_HOST");
        var withoutDefault = java.util.regex.Pattern.compile("\\$\\{([A-Z0-9_]+)}");
        for (String application : java.util.List.of("platform-api", "tenant-admin")) {
            String profile = Files.readString(Path.of("..", application, "src/main/resources/application-production.yml"));
            var names = withoutDefault.matcher(profile).results().map(m -> m.group(1)).toList();
            assertThat(names).as(application).isNotEmpty();
            for (String name : names) {
                assertThat(Secrets.REQUIRED.contains(name) || launcherSets.contains(name)).as(application + ": " + name).isTrue();
            }
        }
        String example = Files.readString(Path.of("secrets.env.example"));
        for (String name : Secrets.REQUIRED) {
            assertThat(example).contains("\n" + name + "=");
        }
    }

    @Test
    void theDataFolderLetsOneLauncherAtATime(@TempDir Path folder) {
        try (var first = DataFolder.open(folder.resolve("data"))) {
            assertThatThrownBy(() -> DataFolder.open(folder.resolve("data")))
                    .isInstanceOf(DataFolder.InUse.class)
                    .hasMessageContaining(folder.resolve("data").toString());
        }
        DataFolder.open(folder.resolve("data")).close();
    }
}
