package vn.vusta.platform;

import org.springframework.boot.test.context.SpringBootTest;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.vusta.platform.deploy.test.RealServices;
import vn.vusta.platform.deploy.test.TestMail;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole tenant-admin against the real PostgreSQL, Redis and Keycloak of the test stack, on the port Keycloak's
 * redirect URIs name; Keycloak mails to the test JVM's GreenMail. Every test class uses this one configuration, so they share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@RealServices
@ExtendWith(TestMail.Starter.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {"server.port=${vusta.test.tenant-admin.port}", "management.server.port=0"})
public @interface TenantAdminTest {
}
