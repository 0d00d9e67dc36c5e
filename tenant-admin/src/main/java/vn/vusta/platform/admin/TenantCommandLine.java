package vn.vusta.platform.admin;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.vusta.platform.identity.Actor;
import vn.vusta.platform.identity.KeycloakAdmin;
import vn.vusta.platform.lifecycle.ArchiveRefusedException;
import vn.vusta.platform.lifecycle.MergeRefusedException;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.lifecycle.OnboardingIncompleteException;
import vn.vusta.platform.lifecycle.OnboardingResult;
import vn.vusta.platform.lifecycle.TenantArchives;
import vn.vusta.platform.lifecycle.TenantDeletion;
import vn.vusta.platform.lifecycle.TenantLifecycle;
import vn.vusta.platform.lifecycle.TenantMerge;
import vn.vusta.platform.lifecycle.TenantOnboarding;
import vn.vusta.platform.lifecycle.TenantRefusals;
import vn.vusta.platform.tenancy.Tenant;
import vn.vusta.platform.tenancy.Tenants;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The command line of tenant-admin, for scripts run by the IT administrators on the server:
 * {@code java -jar tenant-admin.jar tenants list|onboard --code=…|suspend <code>|reactivate <code>|delete <code> --confirm=<code>|export|restore <code> --file=…}. It acts as
 * {@code cli:<operating-system user>} in the audit log. Its exit codes are {@link ExitCode}'s; whatever goes wrong,
 * it says so in Vietnamese on standard error, never with a stack trace (that goes to the log file).
 */
@Component
public class TenantCommandLine implements ApplicationRunner, ExitCodeGenerator {

    private static final String USAGE = """
            Cách dùng:
              tenants list
              tenants onboard --code=<mã> --province=<mã tỉnh> --name=<tên> --admin-email=<thư> --admin-first-name=<tên> --admin-last-name=<họ>
              tenants suspend <mã>
              tenants reactivate <mã>
              tenants delete <mã> --confirm=<mã>
              tenants export <mã> --file=<tệp.zip>
              tenants restore <mã> --file=<tệp.zip>
              tenants merge <mã nguồn> --into=<mã đích> [--keep-roles=<tên đăng nhập>,…] [--dry-run]
            """ + ExitCode.table();

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    /** The command line's option for each field of the onboarding form. */
    private static final Map<String, String> OPTIONS = Map.of("code", "code", "name", "name", "provinceCode", "province",
            "adminEmail", "admin-email", "adminFirstName", "admin-first-name", "adminLastName", "admin-last-name");

    private final Tenants tenants;
    private final TenantLifecycle lifecycle;
    private final TenantOnboarding onboarding;
    private final TenantDeletion deletion;
    private final TenantArchives archives;
    private final TenantMerge merge;
    private final Validator validator;
    private final MessageSource messages;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TenantCommandLine.class);

    private final MergeRefusals mergeRefusals;
    private final DeletionSummary deletionSummary;
    /** Where the command line's log goes (TenantAdminApplication): the details of a failure, never the terminal. */
    @org.springframework.beans.factory.annotation.Value("${logging.file.name:}")
    private String logFile = "";
    private final PrintStream out = System.out;
    private int exitCode;

    TenantCommandLine(Tenants tenants, TenantLifecycle lifecycle, TenantOnboarding onboarding, TenantDeletion deletion,
                      TenantArchives archives, TenantMerge merge, Validator validator, MessageSource messages,
                      MergeRefusals mergeRefusals, DeletionSummary deletionSummary) {
        this.deletionSummary = deletionSummary;
        this.mergeRefusals = mergeRefusals;
        this.archives = archives;
        this.merge = merge;
        this.tenants = tenants;
        this.lifecycle = lifecycle;
        this.onboarding = onboarding;
        this.deletion = deletion;
        this.validator = validator;
        this.messages = messages;
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
        exitCode = ScopedValue.where(Actor.CURRENT, actor).call(() -> execute(command, arguments));
    }

    private int execute(List<String> command, ApplicationArguments arguments) {
        try {
            return attempt(command, arguments).code;
        } catch (RuntimeException e) {
            // Nothing technical for the operator: what failed, in Vietnamese; the details in the log.
            LOG.error("tenants {} failed", command, e);
            System.err.println("Không làm được: lỗi không lường trước. Không có thay đổi dở dang; chi tiết trong "
                    + (logFile.isBlank() ? "nhật ký của ứng dụng" : "nhật ký " + logFile) + ".");
            return ExitCode.FAILED.code;
        }
    }

    private ExitCode attempt(List<String> command, ApplicationArguments arguments) {
        if (command.size() < 2 || !command.getFirst().equals("tenants")) {
            System.err.println(USAGE);
            return ExitCode.USAGE;
        }
        try {
            switch (command.get(1)) {
                case "list" -> tenants.all().forEach(t ->
                        out.printf("%s  %-12s %-15s %s%n", t.provinceCode(), t.code(), status(t), t.name()));
                case "onboard" -> {
                    return onboard(arguments);
                }
                case "suspend" -> report("Đã tạm ngừng", lifecycle.suspend(code(command)));
                case "reactivate" -> report("Đã kích hoạt lại", lifecycle.reactivate(code(command)));
                case "export" -> {
                    Path file = Path.of(option(arguments, "file"));
                    Map<String, Integer> rows = export(code(command), file);
                    out.printf("Đã xuất %s vào %s: %s%n", code(command), file.toAbsolutePath(), rows);
                }
                case "restore" -> {
                    Path file = Path.of(option(arguments, "file"));
                    if (!Files.isReadable(file)) {
                        throw new NoSuchFileException(file.toString());
                    }
                    TenantArchives.Restored restored = archives.restore(code(command), file);
                    out.printf("Đã khôi phục %s (%s): %s%n", restored.tenant().name(), restored.tenant().code(), restored.rows());
                }
                case "merge" -> {
                    String into = option(arguments, "into");
                    // Users' tenant roles are reduced to tenant-viewer unless named here.
                    Set<String> keep = arguments.containsOption("keep-roles")
                            ? Set.of(option(arguments, "keep-roles").split(",")) : Set.of();
                    TenantMerge.Plan plan = arguments.containsOption("dry-run")
                            ? merge.dryRun(code(command), into, keep) : merge.merge(code(command), into, keep);
                    out.printf("%s %s vào %s%n", arguments.containsOption("dry-run") ? "Xem trước hợp nhất" : "Đã hợp nhất",
                            plan.source().code(), plan.target().code());
                    plan.tables().forEach((table, counts) -> out.printf("  %-28s %s%n", table, counts(counts)));
                    plan.conflicts().forEach(c -> out.printf("  trùng ở bảng %s: \"%s\" sẽ đổi thành \"%s\"%n", c.table(), c.value(), c.resolvedValue()));
                    out.printf("  người dùng chuyển sang đích: %d%n", plan.users().size());
                    plan.users().forEach(u -> out.printf("  %s: vai trò %s, sau khi chuyển %s%n", u.username(),
                            String.join(", ", u.rolesBefore()), String.join(", ", u.rolesAfter())));
                }
                case "delete" -> {
                    TenantDeletion.Deleted deleted = deletion.delete(code(command), option(arguments, "confirm"));
                    out.printf("Đã xoá %s (%s).%n", deleted.tenant().name(), deleted.tenant().code());
                    deletionSummary.lines(deleted, VIETNAMESE).forEach(line -> out.println("  " + line));
                    deleted.users().forEach(u -> out.printf("  %s: %s%n", u.username(),
                            u.fate() == KeycloakAdmin.Fate.DELETED ? "tài khoản đã xoá" : "chỉ gỡ khỏi tổ chức, tài khoản được giữ"));
                }
                default -> {
                    System.err.println(USAGE);
                    return ExitCode.USAGE;
                }
            }
            return ExitCode.DONE;
        } catch (OnboardingIncompleteException e) {
            System.err.println(messages.getMessage("onboarding.incomplete", new Object[]{e.code()}, VIETNAMESE));
            return ExitCode.INCOMPLETE;
        } catch (MergeRefusedException e) {
            mergeRefusals.lines(e, VIETNAMESE).forEach(System.err::println);
            return ExitCode.MERGE_REFUSED;
        } catch (ArchiveRefusedException e) {
            System.err.println(messages.getMessage(e.reason(), e.arguments(), VIETNAMESE));
            return ExitCode.ARCHIVE_REFUSED;
        } catch (RefusedException e) {
            return refused(e);
        } catch (KeycloakAdmin.KeycloakUnavailableException e) {
            System.err.println("Keycloak không phản hồi nên chưa làm gì; không có gì thay đổi. Hãy chạy lại khi Keycloak hoạt động.");
            return ExitCode.KEYCLOAK_UNAVAILABLE;
        } catch (org.springframework.dao.DataAccessException | org.jooq.exception.DataAccessException e) {
            LOG.error("tenants {} failed writing", command, e);
            System.err.println("Không làm được vì lỗi khi ghi dữ liệu; toàn bộ đã được huỷ, không có gì thay đổi.");
            return ExitCode.WRITE_FAILED;
        } catch (IOException | UncheckedIOException e) {
            System.err.println("Không đọc hoặc ghi được tệp: " + e.getMessage());
            return ExitCode.USAGE;
        } catch (IllegalArgumentException e) {
            System.err.println(USAGE);
            return ExitCode.USAGE;
        }
    }

    /**
     * A refused request says why on standard error; its message code gives the exit code. A refusal of one option
     * names it.
     */
    private ExitCode refused(RefusedException e) {
        String why = messages.getMessage(e.reason(), e.arguments(), VIETNAMESE);
        ExitCode exit = switch (e.reason()) {
            case TenantRefusals.UNKNOWN_TENANT -> ExitCode.UNKNOWN_TENANT;
            case TenantRefusals.MERGED -> ExitCode.MERGED;
            case TenantRefusals.EXISTS, TenantRefusals.ONBOARDING_IN_PROGRESS -> ExitCode.EXISTS;
            default -> ExitCode.USAGE;
        };
        if (e.reason().equals(TenantRefusals.DELETION_UNCONFIRMED)) {
            why = "Hãy xác nhận bằng --confirm=" + e.arguments()[0] + " (gõ đúng mã).";
        } else if (e.field() != null) {
            why = "--" + OPTIONS.getOrDefault(e.field(), e.field()) + ": " + why;
        }
        System.err.println(why);
        return exit;
    }

    /** Streams the archive into the file; a failed export leaves no partial file behind. */
    private Map<String, Integer> export(String code, Path file) throws IOException {
        try (OutputStream stream = Files.newOutputStream(file)) {
            return archives.export(code, stream);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    private ExitCode onboard(ApplicationArguments arguments) {
        var form = new OnboardingForm(option(arguments, "code"), option(arguments, "name"), option(arguments, "province"),
                option(arguments, "admin-email"), option(arguments, "admin-first-name"), option(arguments, "admin-last-name"));
        LocaleContextHolder.setLocale(VIETNAMESE);
        Set<ConstraintViolation<OnboardingForm>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            violations.stream()
                    .map(v -> "--" + OPTIONS.get(v.getPropertyPath().toString()) + ": " + v.getMessage())
                    .sorted()
                    .forEach(System.err::println);
            return ExitCode.USAGE;
        }
        OnboardingResult result = onboarding.onboard(form.request());
        out.printf("Đã khởi tạo %s (%s).%nĐã gửi thư mời tới %s: quản trị viên mở đường dẫn trong thư để tự đặt mật khẩu.%n",
                result.tenant().name(), result.tenant().code(), result.adminUsername());
        return ExitCode.DONE;
    }

    private static String option(ApplicationArguments arguments, String name) {
        List<String> values = arguments.getOptionValues(name);
        return values == null || values.isEmpty() ? "" : values.getFirst();
    }

    private static String code(List<String> command) {
        if (command.size() != 3) {
            throw new IllegalArgumentException("one tenant code expected");
        }
        return command.get(2);
    }

    private void report(String what, Tenant tenant) {
        out.printf("%s: %s (%s), trạng thái %s%n", what, tenant.name(), tenant.code(), status(tenant));
    }

    /** A tenant's status as the pages say it, with its code for scripts: "Tạm ngừng (SUSPENDED)". */
    private String status(Tenant tenant) {
        return messages.getMessage("tenant.status." + tenant.status().name(), null, VIETNAMESE) + " (" + tenant.status() + ")";
    }

    /** One table's rows in a merge: to move and already in the target, then (after a merge) left and in the target. */
    private static String counts(TenantMerge.Counts counts) {
        return counts.targetAfter() == null
                ? "chuyển " + counts.source() + ", đích đang có " + counts.targetBefore()
                : "đã chuyển " + counts.source() + ", đích có " + counts.targetAfter() + " (trước " + counts.targetBefore() + ")";
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
