package vn.vusta.platform;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import vn.vusta.platform.admin.TenantCommandLine;
import vn.vusta.platform.startup.RequiredServices;

/**
 * The application of the IT administrators (platform-admin): the platform's tenants, from its pages, its REST API,
 * or — given a command such as {@code tenants suspend hai-duong} — as a command line for scripts.
 */
@SpringBootApplication
public class TenantAdminApplication {

    public static void main(String[] args) {
        var application = new SpringApplicationBuilder(TenantAdminApplication.class)
                .listeners(new RequiredServices("tenant-admin"));
        if (TenantCommandLine.isCommand(args)) {
            // A script reads the command's own lines, in Vietnamese, not the framework's: its log (warnings, failures
            // with their details, a background task's error at exit) goes to a file, none of it to the terminal.
            System.exit(SpringApplication.exit(application.web(WebApplicationType.NONE)
                    .properties("logging.level.root=warn", "logging.threshold.console=off",
                            "logging.file.name=${java.io.tmpdir}/vusta-tenant-admin-cli.log").run(args)));
        }
        application.run(args);
    }
}
