package vn.vusta.platform.deploy.test;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a test class against the real services: PostgreSQL 18, Redis and, unless {@code keycloak = false},
 * Keycloak with the platform's realm. They start once per test JVM, on free loopback ports, and their addresses
 * reach Spring as system properties. Put it before {@code @SpringBootTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(RealServicesExtension.class)
public @interface RealServices {

    boolean keycloak() default true;
}
