package vn.vusta.platform;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import vn.vusta.platform.startup.RequiredServices;

/** The application of the IT administrators (platform-admin): the platform's tenants. */
@SpringBootApplication
public class TenantAdminApplication {

    public static void main(String[] args) {
        new SpringApplicationBuilder(TenantAdminApplication.class)
                .listeners(new RequiredServices("tenant-admin"))
                .run(args);
    }
}
