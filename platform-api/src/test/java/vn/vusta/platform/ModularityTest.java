package vn.vusta.platform;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.test.TestApplicationModules;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The capabilities are modules: each uses only what the others expose at their top package, none depend on each
 * other in a cycle, a capability's web side ({@code <capability>.web}) is its own, and the two shared kits ({@code web},
 * {@code api}) use only the modules their package-info allows. The generated jOOQ classes (db) are shared by all, and
 * the local stack (deploy) is only on the test classpath.
 */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(PlatformApiApplication.class,
            resideInAnyPackage("vn.vusta.platform.db..", "vn.vusta.platform.deploy.."));

    @Test
    void capabilitiesRespectEachOthersBoundaries() {
        MODULES.verify();
    }

    @Test
    void everyCapabilityIsNamedInItsPackageInfo() {
        assertThat(MODULES.stream().filter(module -> module.getDisplayName().equals(module.getIdentifier().toString())))
                .as("modules without a display name in their package-info").isEmpty();
    }

    /** The same rules fail on a kit that imports a capability and on a capability that reaches into another's web side. */
    @Test
    void theCheckFailsOnAWrongImport() {
        var fixture = TestApplicationModules.of("vn.vusta.platform.modularityfixture");
        assertThatExceptionOfType(Violations.class).isThrownBy(fixture::verify)
                .withMessageContaining("web")
                .withMessageContaining("events")
                .satisfies(violations -> assertThat(violations.getMessages()).anySatisfy(message ->
                        assertThat(message).contains("Layout").contains("Events")))
                .satisfies(violations -> assertThat(violations.getMessages()).anySatisfy(message ->
                        assertThat(message).contains("Roster").contains("EventsPage")));
    }

    /** The module canvases and the C4 component diagram, linked from the README. */
    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("../docs/modules")).writeDocumentation();
        assertThat(java.nio.file.Path.of("../docs/modules/components.puml")).exists();
    }
}
