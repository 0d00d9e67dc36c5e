package vn.vusta.platform;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;

/**
 * The capabilities (tenancy, registry, identity, security, web, api, …) are modules: each uses only what the
 * others expose at their top package, and none depend on each other in a cycle. The generated jOOQ classes (db)
 * are shared by all, and the local stack (deploy) is only on the test classpath.
 */
class ModularityTest {

    @Test
    void capabilitiesRespectEachOthersBoundaries() {
        ApplicationModules.of(PlatformApiApplication.class,
                resideInAnyPackage("vn.vusta.platform.db..", "vn.vusta.platform.deploy..")).verify();
    }
}
