package vn.vusta.platform.deploy.test;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import vn.vusta.platform.deploy.LocalStack;

/** Starts the {@link TestStack} before the first test class that needs it. */
final class RealServicesExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        boolean keycloak = AnnotationSupport.findAnnotation(context.getRequiredTestClass(), RealServices.class)
                .map(RealServices::keycloak)
                .orElse(true);
        LocalStack stack = TestStack.get(keycloak);
        stack.springProperties().forEach(System::setProperty);
        // Keycloak's redirect URIs name these ports, so the applications under test listen on them.
        System.setProperty("vusta.test.platform-api.port", String.valueOf(stack.ports().platformApi()));
        System.setProperty("vusta.test.tenant-admin.port", String.valueOf(stack.ports().tenantAdmin()));
        // Actuator's own port (9080/9081 in a real run) is a free one in tests: several applications start in one
        // JVM and on one machine; tests find it with @LocalManagementPort.
        System.setProperty("management.server.port", "0");
    }
}
