package vn.vusta.platform.outages;

import io.lettuce.core.RedisException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;
import vn.vusta.platform.identity.KeycloakAdmin;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;

/**
 * Which outside service a failure says is away: PostgreSQL or Redis (nothing works), or Keycloak's account
 * management (the rest works). Anything else is a defect, not an outage.
 */
enum Unavailability {

    SERVICES("outage.services.title", "outage.services.detail"),
    ACCOUNTS("outage.accounts.title", "outage.accounts.detail"),
    SIGN_IN("outage.signin.title", "outage.signin.detail");

    final String title;
    final String detail;

    Unavailability(String title, String detail) {
        this.title = title;
        this.detail = detail;
    }

    static Optional<Unavailability> of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof KeycloakAdmin.KeycloakUnavailableException) {
                return Optional.of(ACCOUNTS);
            }
            if (t instanceof RedisException                        // command timeout, connection refused or lost
                    || t instanceof DataAccessResourceFailureException // Redis or JDBC connection failure
                    || t instanceof QueryTimeoutException              // Redis command timeout, translated
                    || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException    // Hikari: no connection within its timeout
                    || t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return Optional.of(SERVICES);
            }
        }
        return Optional.empty();
    }
}
