package vn.vusta.platform.admin;

import vn.vusta.platform.TenantAdminApplication;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** tenant-admin's command line, run as a script would: the real main class in a JVM of its own, on the test stack. */
record CommandLineRun(int exitCode, String output) {

    static CommandLineRun of(String... args) throws Exception {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), TenantAdminApplication.class.getName()));
        for (String key : List.of("spring.datasource.url", "spring.data.redis.host", "spring.data.redis.port", "vusta.keycloak.url",
                "vusta.invitations.redirect-uri")) {
            command.add("--" + key + "=" + System.getProperty(key));
        }
        command.add("--logging.level.root=warn");
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("The command did not end: " + String.join(" ", args));
        }
        return new CommandLineRun(process.exitValue(), new String(process.getInputStream().readAllBytes()));
    }
}
