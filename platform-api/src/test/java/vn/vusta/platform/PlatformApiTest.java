package vn.vusta.platform;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import vn.vusta.platform.deploy.test.RealServices;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole platform-api against the real PostgreSQL, Redis and Keycloak of the test stack, listening on the port
 * Keycloak's redirect URIs name, sending its e-mails to the test JVM's GreenMail. Every test class uses this one
 * configuration, so they share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@RealServices
@ExtendWith(TestMailServer.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {"server.port=${vusta.test.platform-api.port}", "management.server.port=0"})
public @interface PlatformApiTest {
}
