package vn.vusta.platform.kubernetes;

import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vusta.platform.TenantAdminTest;
import vn.vusta.platform.deploy.test.KubernetesProbeChecks;

/** The probes of tenant-admin's Deployment answer on the running application: the checks of {@link KubernetesProbeChecks}. */
@TenantAdminTest
class KubernetesProbesTest extends KubernetesProbeChecks {

    @LocalServerPort
    int serverPort;

    @LocalManagementPort
    int managementPort;

    KubernetesProbesTest() {
        super("tenant-admin");
    }

    @Override
    protected int serverPort() {
        return serverPort;
    }

    @Override
    protected int managementPort() {
        return managementPort;
    }
}
