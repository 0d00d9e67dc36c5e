package vn.vusta.platform.kubernetes;

import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.test.KubernetesProbeChecks;

/** The probes of platform-api's Deployment answer on the running application: the checks of {@link KubernetesProbeChecks}. */
@PlatformApiTest
class KubernetesProbesTest extends KubernetesProbeChecks {

    @LocalServerPort
    int serverPort;

    @LocalManagementPort
    int managementPort;

    KubernetesProbesTest() {
        super("platform-api");
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
