package vn.vusta.platform;

import org.springframework.boot.test.context.SpringBootTest;
import vn.vusta.platform.deploy.test.RealServices;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole tenant-admin against the real PostgreSQL, Redis and Keycloak of the test stack, on the port Keycloak's
 * redirect URIs name. Every test class uses this one configuration, so they share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@RealServices
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = "server.port=${vusta.test.tenant-admin.port}")
public @interface TenantAdminTest {
}
