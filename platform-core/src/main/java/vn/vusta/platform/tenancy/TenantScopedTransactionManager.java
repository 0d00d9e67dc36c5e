package vn.vusta.platform.tenancy;

import org.jooq.SQLDialect;
import org.jooq.impl.AbstractRoutine;
import org.jooq.impl.DSL;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import vn.vusta.platform.db.jooq.routines.BeginProvenNationalScope;
import vn.vusta.platform.db.jooq.routines.BeginProvenTenantScope;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Starts every transaction by telling PostgreSQL whose data it may see: the tenant of the current
 * {@link AccessScope}, or the national read scope, each with a fresh {@link ScopeProofs proof} that PostgreSQL checks
 * (V28). With neither, nothing is set and row-level security shows no tenant rows. The settings are
 * transaction-local, so they end with the transaction.
 */
class TenantScopedTransactionManager extends JdbcTransactionManager {

    // The calls as jOOQ renders them from the generated routines, rendered once: every transaction begins with one,
    // and building and rendering the routine each time was a twentieth of an API request (issue 21).
    private static final String TENANT_SCOPE = rendered(tenantScope());
    private static final String NATIONAL_SCOPE = rendered(nationalScope());

    private final ScopeProofs proofs;

    TenantScopedTransactionManager(DataSource dataSource, ScopeProofs proofs) {
        super(dataSource);
        this.proofs = proofs;
    }

    @Override
    protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition) throws SQLException {
        switch (AccessScope.current().orElse(null)) {
            case AccessScope.TenantAccess(Tenant tenant) -> {
                ScopeProofs.Proof proof = proofs.tenant(tenant.id());
                try (PreparedStatement call = connection.prepareStatement(TENANT_SCOPE)) {
                    call.setObject(1, tenant.id());
                    call.setString(2, proof.nonce());
                    call.setString(3, proof.value());
                    call.execute();
                }
            }
            case AccessScope.NationalAccess() -> {
                ScopeProofs.Proof proof = proofs.national();
                try (PreparedStatement call = connection.prepareStatement(NATIONAL_SCOPE)) {
                    call.setString(1, proof.nonce());
                    call.setString(2, proof.value());
                    call.execute();
                }
            }
            case null -> {
            }
        }
    }

    private static BeginProvenTenantScope tenantScope() {
        var call = new BeginProvenTenantScope();
        call.setTenant((UUID) null);
        call.setNonce((String) null);
        call.setProof((String) null);
        return call;
    }

    private static BeginProvenNationalScope nationalScope() {
        var call = new BeginProvenNationalScope();
        call.setNonce((String) null);
        call.setProof((String) null);
        return call;
    }

    private static String rendered(AbstractRoutine<?> call) {
        return DSL.using(SQLDialect.POSTGRES).render(DSL.select(call.asField()));
    }
}
