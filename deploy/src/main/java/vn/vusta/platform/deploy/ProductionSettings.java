package vn.vusta.platform.deploy;

import java.util.LinkedHashMap;
import java.util.Map;

/** What production on one server gives its servers: the secrets, and the addresses of the launcher's own servers. */
public final class ProductionSettings {

    private ProductionSettings() {
    }

    /** The stack's passwords, Redis's password and Keycloak's production realm and environment. */
    public static LocalStack.Settings stack(Secrets secrets) {
        var keycloak = new LinkedHashMap<String, String>();
        // Defaults of the production realm's mail placeholders that are no secret.
        keycloak.put("VUSTA_SMTP_AUTH", "true");
        keycloak.put("VUSTA_SMTP_SSL", "false");
        keycloak.put("VUSTA_SMTP_STARTTLS", "true");
        keycloak.put("VUSTA_SMTP_FROM_DISPLAY_NAME", "VUSTA");
        keycloak.put("KC_DB_USERNAME", LocalCredentials.KEYCLOAK_DB_ROLE);
        keycloak.putAll(secrets.all());
        return new LocalStack.Settings(new PostgresServer.Passwords(secrets.get("VUSTA_DATABASE_OWNER_PASSWORD"),
                secrets.get("VUSTA_DATABASE_APP_PASSWORD"), secrets.get("VUSTA_DATABASE_ADMIN_PASSWORD"),
                secrets.get("KC_DB_PASSWORD"), secrets.get("VUSTA_DATABASE_SUPERUSER_PASSWORD")), secrets.get("VUSTA_REDIS_PASSWORD"),
                ProductionRealm.PRODUCTION_RESOURCE, keycloak);
    }

    /** The environment of platform-api and tenant-admin (profile production) on this server. */
    public static Map<String, String> applications(Secrets secrets, LocalStack stack) {
        var environment = new LinkedHashMap<String, String>();
        environment.put("SERVER_ADDRESS", "127.0.0.1");
        environment.put("VUSTA_MANAGEMENT_ADDRESS", "127.0.0.1");
        environment.putAll(secrets.all());
        environment.put("VUSTA_DATABASE_URL", stack.postgres().jdbcUrl());
        environment.put("VUSTA_REDIS_HOST", "127.0.0.1");
        environment.put("VUSTA_REDIS_PORT", String.valueOf(stack.ports().redis()));
        environment.put("VUSTA_FILES_DIRECTORY", stack.files().toString());
        return environment;
    }
}
