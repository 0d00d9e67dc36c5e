package vn.vusta.platform.deploy;

/**
 * Credentials of the local stack. LOCAL DEVELOPMENT AND TESTS ONLY: these services listen on loopback and live
 * for one run; production takes its credentials from the environment.
 */
public final class LocalCredentials {

    /** Owns the schema; Flyway migrates as this role. */
    public static final String OWNER_ROLE = "vusta_owner";
    public static final String OWNER_PASSWORD = "local-dev-only-owner-password";

    /** The applications' role: owns nothing, NOBYPASSRLS. */
    public static final String APP_ROLE = "vusta_app";
    public static final String APP_PASSWORD = "local-dev-only-app-password";

    /** tenant-admin's role: owns nothing, NOBYPASSRLS, may change the tenant directory. */
    public static final String ADMIN_ROLE = "vusta_admin";
    public static final String ADMIN_PASSWORD = "local-dev-only-admin-role-password";

    public static final String DATABASE = "vusta";

    /**
     * The key the applications sign each transaction's scope with for PostgreSQL (vusta.tenancy.scope-key, V28);
     * the same default as the applications' configuration.
     */
    public static final String SCOPE_KEY = "local-dev-only-scope-key-not-for-production";

    static final String KEYCLOAK_DB_ROLE = "keycloak";
    static final String KEYCLOAK_DB_PASSWORD = "local-dev-only-keycloak-db-password";
    static final String KEYCLOAK_DATABASE = "keycloak";

    /** Keycloak's master-realm administrator of the local stack. */
    public static final String KEYCLOAK_ADMIN = "admin";
    public static final String KEYCLOAK_ADMIN_PASSWORD = "local-dev-only-admin-password";

    /** The password of every demo user of the realm in deploy/src/main/resources/keycloak. */
    public static final String DEMO_PASSWORD = "Demo@2026";

    /**
     * The authenticator key (RFC 6238 TOTP, Base32, SHA-1, 6 digits, 30 s) of the demo users who must give a
     * one-time code: {@code platform-admin} and {@code national-reviewer}. Add it to any authenticator app to sign
     * in as them locally; the production realm has no users at all.
     */
    public static final String DEMO_TOTP_SECRET = "LOCALDEVONLYTOTPSECRETDEMO234567";

    private LocalCredentials() {
    }
}
