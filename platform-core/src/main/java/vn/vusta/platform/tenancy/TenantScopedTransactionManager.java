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
 * {@link AccessScope}, or the national read scope, each with a fresh {@link ScopeProofs proof} that PostgreSQL checks
 * (V28). With neither, nothing is set and row-level security shows no tenant rows. The settings are
 * transaction-local, so they end with the transaction.
 */
class TenantScopedTransactionManager extends JdbcTransactionManager {

    private final ScopeProofs proofs;

    TenantScopedTransactionManager(DataSource dataSource, ScopeProofs proofs) {
        super(dataSource);
        this.proofs = proofs;
    }

    @Override
    protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition) {
        var configuration = DSL.using(connection, SQLDialect.POSTGRES).configuration();
        switch (AccessScope.current().orElse(null)) {
            case AccessScope.TenantAccess(Tenant tenant) -> {
                ScopeProofs.Proof proof = proofs.tenant(tenant.id());
                Routines.beginProvenTenantScope(configuration, tenant.id(), proof.nonce(), proof.value());
            }
            case AccessScope.NationalAccess() -> {
                ScopeProofs.Proof proof = proofs.national();
                Routines.beginProvenNationalScope(configuration, proof.nonce(), proof.value());
            }
            case null -> {
            }
        }
    }
}
