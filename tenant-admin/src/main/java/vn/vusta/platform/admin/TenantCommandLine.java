package vn.vusta.platform.admin;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;
import vn.vusta.platform.identity.Actor;
import vn.vusta.platform.tenancy.Tenant;
import vn.vusta.platform.tenancy.TenantLifecycle;
import vn.vusta.platform.tenancy.TenantMergedException;
import vn.vusta.platform.tenancy.Tenants;
import vn.vusta.platform.tenancy.UnknownTenantException;

import java.io.PrintStream;
import java.util.List;

/**
 * The command line of tenant-admin, for scripts run by the IT administrators on the server:
 * {@code java -jar tenant-admin.jar tenants list|suspend <code>|reactivate <code>}. It acts as
 * {@code cli:<operating-system user>} in the audit log. Exit codes: 0 done, 2 wrong usage, 3 unknown tenant,
 * 4 tenant merged.
 */
@Component
public class TenantCommandLine implements ApplicationRunner, ExitCodeGenerator {

    private static final String USAGE = "Cách dùng: tenants list | tenants suspend <mã> | tenants reactivate <mã>";

    private final Tenants tenants;
    private final TenantLifecycle lifecycle;
    private final PrintStream out = System.out;
    private int exitCode;

    TenantCommandLine(Tenants tenants, TenantLifecycle lifecycle) {
        this.tenants = tenants;
        this.lifecycle = lifecycle;
    }

    public static boolean isCommand(String[] args) {
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        List<String> command = arguments.getNonOptionArgs();
        if (command.isEmpty()) {
            return;
        }
        Actor actor = new Actor("cli:" + System.getProperty("user.name"));
        exitCode = ScopedValue.where(Actor.CURRENT, actor).call(() -> execute(command));
    }

    private int execute(List<String> command) {
        if (command.size() < 2 || !command.getFirst().equals("tenants")) {
            System.err.println(USAGE);
            return 2;
        }
        try {
            switch (command.get(1)) {
                case "list" -> tenants.all().forEach(t ->
                        out.printf("%s  %-12s %-9s %s%n", t.provinceCode(), t.code(), t.status(), t.name()));
                case "suspend" -> report("Đã tạm ngừng", lifecycle.suspend(code(command)));
                case "reactivate" -> report("Đã kích hoạt lại", lifecycle.reactivate(code(command)));
                default -> {
                    System.err.println(USAGE);
                    return 2;
                }
            }
            return 0;
        } catch (UnknownTenantException e) {
            System.err.println("Không có Liên hiệp hội mang mã \"" + e.code() + "\".");
            return 3;
        } catch (TenantMergedException e) {
            System.err.println(e.tenant().name() + " đã hợp nhất: chỉ còn để tra cứu, không thay đổi được.");
            return 4;
        } catch (IllegalArgumentException e) {
            System.err.println(USAGE);
            return 2;
        }
    }

    private static String code(List<String> command) {
        if (command.size() != 3) {
            throw new IllegalArgumentException("one tenant code expected");
        }
        return command.get(2);
    }

    private void report(String what, Tenant tenant) {
        out.printf("%s: %s (%s), trạng thái %s%n", what, tenant.name(), tenant.code(), tenant.status());
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
