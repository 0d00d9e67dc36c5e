package vn.vusta.platform;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.scheduling.annotation.EnableScheduling;
import vn.vusta.platform.startup.RequiredServices;

/** The application of the provincial unions and the national union: REST under /api/v1 and the web pages. */
@SpringBootApplication
// Housekeeping: the uploads nobody confirmed are deleted (ExpiredUploads).
@EnableScheduling
public class PlatformApiApplication {

    public static void main(String[] args) {
        new SpringApplicationBuilder(PlatformApiApplication.class)
                .listeners(new RequiredServices("platform-api"))
                .run(args);
    }
}
