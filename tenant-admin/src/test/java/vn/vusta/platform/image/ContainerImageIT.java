package vn.vusta.platform.image;

import vn.vusta.platform.TenantAdminApplication;
import vn.vusta.platform.deploy.test.ContainerImageChecks;

/** tenant-admin's container image as Jib writes it in `package`: the checks of {@link ContainerImageChecks}. */
class ContainerImageIT extends ContainerImageChecks {

    ContainerImageIT() {
        super("tenant-admin", TenantAdminApplication.class, 8081, 9081);
    }
}
