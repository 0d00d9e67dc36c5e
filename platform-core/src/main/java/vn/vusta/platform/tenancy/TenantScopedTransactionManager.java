package vn.vusta.platform.tenancy;

import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import vn.vusta.platform.db.jooq.Routines;

import java.sql.Connection;
import javax.sql.DataSource;

/**
 * Starts every transaction by telling PostgreSQL whose data it may see: the tenant of the current
 * {@link AccessScope}, or the national read scope. With neither, nothing is set and row-level security shows no
 * tenant rows. The settings are transaction-local, so they end with the transaction.
 */
class TenantScopedTransactionManager extends JdbcTransactionManager {

    TenantScopedTransactionManager(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition) {
        var configuration = DSL.using(connection, SQLDialect.POSTGRES).configuration();
        switch (AccessScope.current().orElse(null)) {
            case AccessScope.TenantAccess(Tenant tenant) -> Routines.beginTenantScope(configuration, tenant.id());
            case AccessScope.NationalAccess() -> Routines.beginNationalScope(configuration);
            case null -> {
            }
        }
    }
}
