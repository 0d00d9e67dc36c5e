package vn.vusta.platform.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Production's secrets and settings for one server, by the names of README → Configuration (the same names the
 * Kubernetes Secrets use): from the environment, or from a {@code NAME=value} file that only its owner may read.
 * A file the group or others can read is refused, naming it; so is a start with a required name missing.
 */
public final class Secrets {

    /** What production cannot start without; the launcher sets the addresses of its own servers itself. */
    public static final List<String> REQUIRED = List.of(
            "VUSTA_DATABASE_APP_PASSWORD", "VUSTA_DATABASE_ADMIN_PASSWORD", "VUSTA_DATABASE_OWNER_PASSWORD",
            // The single server's own: its embedded PostgreSQL's superuser (Kubernetes' CloudNativePG keeps its own).
            "VUSTA_DATABASE_SUPERUSER_PASSWORD",
            "VUSTA_REDIS_PASSWORD", "VUSTA_KEYCLOAK_URL",
            "VUSTA_PLATFORM_PROVISIONER_CLIENT_SECRET", "VUSTA_PLATFORM_API_CLIENT_SECRET",
            "VUSTA_PLATFORM_WEB_CLIENT_SECRET", "VUSTA_TENANT_ADMIN_WEB_CLIENT_SECRET", "VUSTA_SCOPE_KEY",
            "VUSTA_PLATFORM_API_URL", "VUSTA_TENANT_ADMIN_URL",
            "VUSTA_SMTP_HOST", "VUSTA_SMTP_PORT", "VUSTA_SMTP_USER", "VUSTA_SMTP_PASSWORD", "VUSTA_SMTP_FROM",
            "KC_DB_PASSWORD", "KC_BOOTSTRAP_ADMIN_USERNAME", "KC_BOOTSTRAP_ADMIN_PASSWORD", "KC_HOSTNAME");

    private static final Set<PosixFilePermission> NOT_OWNER = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private final Map<String, String> values;

    private Secrets(Map<String, String> values) {
        this.values = values;
    }

    /** The refusal of a start, with what the operator must change. */
    public static final class Refused extends IllegalStateException {
        Refused(String message) {
            super(message);
        }
    }

    /**
     * @param file        the secrets file, or null for the environment alone
     * @param environment the process's environment; its values win over the file's
     */
    public static Secrets load(Path file, Map<String, String> environment) {
        var values = new LinkedHashMap<String, String>();
        if (file != null) {
            values.putAll(readFile(file));
        }
        environment.forEach((name, value) -> {
            if (name.startsWith("VUSTA_") || name.startsWith("KC_")) {
                values.put(name, value);
            }
        });
        var missing = new ArrayList<String>();
        for (String name : REQUIRED) {
            if (values.getOrDefault(name, "").isBlank()) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            throw new Refused("Production needs " + String.join(", ", missing) + (file == null
                    ? " in the environment (or a secrets file: --secrets FILE)" : " in " + file + " or the environment"));
        }
        return new Secrets(values);
    }

    private static Map<String, String> readFile(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new Refused("The secrets file " + file + " does not exist");
            }
            var permissions = EnumSet.noneOf(PosixFilePermission.class);
            permissions.addAll(Files.getPosixFilePermissions(file));
            permissions.retainAll(NOT_OWNER);
            if (!permissions.isEmpty()) {
                throw new Refused("The secrets file " + file + " can be read or changed by others than its owner ("
                        + java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file))
                        + "): chmod 600 " + file);
            }
            var values = new LinkedHashMap<String, String>();
            int number = 0;
            for (String line : Files.readAllLines(file)) {
                number++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                int equals = trimmed.indexOf('=');
                if (equals <= 0) {
                    throw new Refused(file + " line " + number + ": expected NAME=value");
                }
                values.put(trimmed.substring(0, equals).strip(), unquote(trimmed.substring(equals + 1).strip()));
            }
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the secrets file " + file, e);
        }
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    public String get(String name) {
        return values.get(name);
    }

    public String getOrDefault(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    /** Every value, as environment variables of the servers this launcher starts. */
    public Map<String, String> all() {
        return Map.copyOf(values);
    }
}
