package vn.vusta.platform.image;

import vn.vusta.platform.PlatformApiApplication;
import vn.vusta.platform.deploy.test.ContainerImageChecks;

/** platform-api's container image as Jib writes it in `package`: the checks of {@link ContainerImageChecks}. */
class ContainerImageIT extends ContainerImageChecks {

    ContainerImageIT() {
        super("platform-api", PlatformApiApplication.class, 8080, 9080);
    }
}
