package vn.vusta.platform.singleserver;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import vn.vusta.platform.deploy.DataFolder;
import vn.vusta.platform.deploy.LocalCredentials;
import vn.vusta.platform.deploy.LocalStack;
import vn.vusta.platform.deploy.ProductionSettings;
import vn.vusta.platform.deploy.Secrets;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vusta.platform.singleserver.SingleServer.*;

/**
 * deploy/run-local --production on a new data folder: the production realm, no demo data, the secrets of
 * README → Configuration and nothing else — platform-api does not start with one of them missing, and names it.
 */
class ProductionModeTest {

    @Test
    void productionBootsWithoutDemoDataAndRefusesToStartWithoutASecret(@TempDir Path temp) throws Exception {
        var ports = LocalStack.Ports.free();
        var secrets = Secrets.load(null, environment(ports));
        try (var folder = DataFolder.open(temp.resolve("data"))) {
            try (var stack = LocalStack.start(ports, true, folder, ProductionSettings.stack(secrets))) {
                Map<String, String> settings = ProductionSettings.applications(secrets, stack);

                var withoutScopeKey = new HashMap<>(settings);
                withoutScopeKey.remove("VUSTA_SCOPE_KEY");
                assertThatThrownBy(() -> platformApi(ports.platformApi(), withoutScopeKey, "production").close())
                        .hasStackTraceContaining("VUSTA_SCOPE_KEY");

                try (var app = platformApi(ports.platformApi(), settings, "production")) {
                    String superuser = secrets.get("VUSTA_DATABASE_SUPERUSER_PASSWORD");
                    assertThat(count(ports.postgres(), LocalCredentials.DATABASE, "select count(*) from tenant", "postgres", superuser))
                            .as("demo tenants").isZero();
                    assertThat(count(ports.postgres(), LocalCredentials.DATABASE, "select count(*) from member", "postgres", superuser)).isZero();
                    assertThat(count(ports.postgres(), LocalCredentials.DATABASE,
                            "select count(*) from flyway_schema_history where script like 'R__demo%'", "postgres", superuser))
                            .as("demo scripts").isZero();
                    assertThat(count(ports.postgres(), LocalCredentials.DATABASE,
                            "select count(*) from flyway_schema_history where type = 'SQL' and success", "postgres", superuser)).isPositive();
                    // The database asks for the roles' production passwords; the local ones, or none, are refused.
                    assertThatThrownBy(() -> count(ports.postgres(), LocalCredentials.DATABASE, "select 1", "postgres", ""))
                            .hasMessageContaining("password");
                    assertThatThrownBy(() -> count(ports.postgres(), LocalCredentials.DATABASE, "select 1",
                            LocalCredentials.APP_ROLE, LocalCredentials.APP_PASSWORD)).hasMessageContaining("password authentication failed");
                    assertThat(count(ports.postgres(), LocalCredentials.DATABASE, "select 1",
                            LocalCredentials.APP_ROLE, secrets.get("VUSTA_DATABASE_APP_PASSWORD"))).isEqualTo(1);

                    String admin = token(stack.keycloakUrl(), "master", "admin-cli", "operator", secrets.get("KC_BOOTSTRAP_ADMIN_PASSWORD"));
                    JsonNode users = get(stack.keycloakUrl() + "/admin/realms/vusta/users?max=1000", admin).json();
                    assertThat(users.isArray()).isTrue();
                    assertThat(names(users, "username")).as("the realm's users are its service accounts only")
                            .allMatch(username -> username.startsWith("service-account-"));
                    assertThat(get(stack.keycloakUrl() + "/admin/realms/vusta/organizations", admin).json()).isEmpty();
                    // The application answers, and asks for a token.
                    assertThat(call(ports.platformApi(), "GET", "/api/v1/members", "not-a-token", null).status()).isEqualTo(401);
                }
            }
            // The next start finds the folder made: PostgreSQL asks the launcher for the superuser's password too.
            try (var again = LocalStack.start(ports, false, folder, ProductionSettings.stack(secrets))) {
                assertThat(again.newDatabase()).isFalse();
            }
        }
    }

    private static Map<String, String> environment(LocalStack.Ports ports) {
        var values = new HashMap<String, String>();
        Secrets.REQUIRED.forEach(name -> values.put(name, "test-" + UUID.randomUUID()));
        values.put("VUSTA_KEYCLOAK_URL", "http://127.0.0.1:" + ports.keycloak());
        values.put("KC_HOSTNAME", "http://127.0.0.1:" + ports.keycloak());
        values.put("KC_BOOTSTRAP_ADMIN_USERNAME", "operator");
        values.put("VUSTA_PLATFORM_API_URL", "http://127.0.0.1:" + ports.platformApi());
        values.put("VUSTA_TENANT_ADMIN_URL", "http://127.0.0.1:" + ports.tenantAdmin());
        values.put("VUSTA_SCOPE_KEY", "production-test-scope-key-" + UUID.randomUUID().toString().replace("-", ""));
        values.put("VUSTA_SMTP_HOST", "127.0.0.1");
        values.put("VUSTA_SMTP_PORT", String.valueOf(ports.smtp()));
        values.put("VUSTA_SMTP_FROM", "no-reply@vusta.example.vn");
        values.put("VUSTA_SMTP_STARTTLS", "false");
        return values;
    }
}
